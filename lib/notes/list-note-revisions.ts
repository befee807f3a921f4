import { db } from "@/lib/db";
import { getSessionNotes } from "@/lib/notes/get-session-notes";
import { assertCan, type Actor } from "@/lib/permissions";

export const revisionReasonLabels = { PERIODIC: "Saved while editing", SESSION_END: "When the session ended", BEFORE_RESTORE: "Before a restore" } as const;

/**
 * A session's note revisions, newest first, with one of them in full to
 * compare with the current text. A session the actor may not read is not
 * found (null) before anything else is decided, as on its other pages; then
 * only those who manage revisions see them.
 */
export async function listNoteRevisions({ actor, slug, selectedId }: { actor: Actor; slug: string; selectedId?: number }) {
  const notes = await getSessionNotes({ actor, slug });
  if (!notes) return null;
  assertCan(actor, "notes.manageRevisions");
  const revisions = await db.noteRevision.findMany({
    where: { document: { sessionId: notes.session.id } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, reason: true, createdAt: true, markdown: true, createdBy: { select: { name: true } } },
  });
  const selected = revisions.find((revision) => revision.id === selectedId) ?? revisions[0] ?? null;
  return {
    notes,
    revisions: revisions.map(({ markdown, createdBy, ...revision }) => ({ ...revision, length: markdown.length, createdByName: createdBy?.name ?? null })),
    selected: selected ? { id: selected.id, markdown: selected.markdown } : null,
  };
}

import { db } from "@/lib/db";
import { docFromUpdates, textOf } from "@/lib/notes/note-persistence";

/**
 * The text of a session's notes as it stands: the stored text, or, when edits
 * are still only in the update log (the server compacts every few seconds),
 * the text rebuilt from the state and the log, so that every acknowledged edit
 * is in it. No permission is checked here: use cases read the session as the
 * actor first (get-session-notes.ts, get-session-notes-text.ts).
 */
export async function readNotesText(sessionId: number) {
  const document = await db.noteDocument.findUnique({
    where: { sessionId },
    select: { id: true, markdown: true, state: true, changedAt: true, _count: { select: { updates: true, revisions: true } } },
  });
  let markdown = document?.markdown ?? "";
  if (document?.state && document._count.updates > 0) {
    const logged = await db.noteUpdate.findMany({ where: { documentId: document.id }, orderBy: { id: "asc" }, select: { update: true } });
    markdown = textOf(docFromUpdates([document.state, ...logged.map((row) => row.update)]));
  }
  return { markdown, changedAt: document?.changedAt ?? null, revisionCount: document?._count.revisions ?? 0 };
}

import { db } from "@/lib/db";
import { docFromUpdates, textOf } from "@/lib/notes/note-persistence";
import type { Actor } from "@/lib/permissions";
import { getSessionDetails } from "@/lib/sessions/get-session-details";

/**
 * A session's notes with the session, for pages and exports; null when the
 * actor may not read the session.
 */
export async function getSessionNotes({ actor, slug }: { actor: Actor; slug: string }) {
  const session = await getSessionDetails({ actor, slug });
  if (!session) return null;
  return { session, ...(await readNotesText(session.id)) };
}

/**
 * The text of a session's notes as it stands: the stored text, or, when edits
 * are still only in the update log (the server compacts every few seconds),
 * the text rebuilt from the state and the log, so that every acknowledged edit
 * is in it. For callers that have already read the session as the actor.
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

export type SessionNotesView = NonNullable<Awaited<ReturnType<typeof getSessionNotes>>>;

/** The Markdown file people download: a header naming the session, then the notes. */
export function notesAsMarkdownFile({ session, markdown }: Pick<SessionNotesView, "session" | "markdown">, sessionUrl: string): string {
  const when = `${session.startsAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const header = [`# ${session.title} — notes`, "", `- When: ${when} (planned in ${session.timeZone})`, ...(session.venue ? [`- Where: ${session.venue}`] : []), `- Session: ${sessionUrl}`, ""];
  if (session.agenda.length) header.push("## Agenda", "", ...session.agenda.map((item, index) => `${index + 1}. ${item.title}${item.speaker ? ` — ${item.speaker}` : ""} (${item.minutes} min)`), "");
  return [...header, "## Notes", "", markdown.trim() || "_No notes were taken._", ""].join("\n");
}

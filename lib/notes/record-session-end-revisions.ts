import * as Y from "yjs";
import { db } from "@/lib/db";
import { asBytes, docFromMarkdown, docFromUpdates, textOf } from "@/lib/notes/note-persistence";
import { repeatTask } from "@/lib/repeat-task";

/**
 * Keeps a revision of each session's notes as they stood when it ended, once.
 * Built from what is stored (state and log), so any process may do it; an
 * advisory lock keeps two processes from doing it at the same moment.
 */
export async function recordSessionEndRevisions(now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext('notes:session-end-revisions')) AS locked`;
    if (!lock?.locked) return 0;
    const due = await tx.noteDocument.findMany({
      where: { session: { endsAt: { lte: now } }, revisions: { none: { reason: "SESSION_END" } } },
      select: { id: true, state: true, markdown: true, updates: { orderBy: { id: "asc" }, select: { update: true } } },
      take: 20,
    });
    for (const document of due) {
      const updates = [...(document.state ? [document.state] : []), ...document.updates.map((row) => row.update)];
      // A document nobody opened has only its Markdown; its revision starts a state from that.
      const doc = updates.length ? docFromUpdates(updates) : docFromMarkdown(document.markdown);
      await tx.noteRevision.create({ data: { documentId: document.id, markdown: textOf(doc), state: asBytes(Y.encodeStateAsUpdate(doc)), reason: "SESSION_END" } });
    }
    return due.length;
  });
}

/** Checks every minute, and once at start-up; returns a function that stops it (see repeatTask). */
export function scheduleSessionEndRevisions(): () => Promise<void> {
  return repeatTask(() => recordSessionEndRevisions(), { intervalMs: 60_000, runAtOnce: true, failureMessage: "Keeping session-end revisions failed:" });
}

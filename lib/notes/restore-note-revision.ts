import * as Y from "yjs";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { liveNotesServer } from "@/lib/notes/live-notes-server";
import { noteDocumentName, NOTES_TEXT_FIELD } from "@/lib/notes/note-document";
import { asBytes } from "@/lib/notes/note-persistence";
import { assertCan, type Actor } from "@/lib/permissions";

/**
 * Puts a revision's text back as an edit of the live document, so everyone
 * with the notes open sees it happen, and keeps what it replaced as a
 * revision of its own (a restore can itself be undone).
 */
export async function restoreNoteRevision({ actor, revisionId }: { actor: Actor; revisionId: number }) {
  assertCan(actor, "notes.manageRevisions");
  const revision = await db.noteRevision.findUnique({ where: { id: revisionId }, select: { markdown: true, documentId: true, document: { select: { sessionId: true } } } });
  if (!revision) throw new AppError("NOT_FOUND", "That revision no longer exists.");

  const connection = await liveNotesServer().hocuspocus.openDirectConnection(noteDocumentName(revision.document.sessionId));
  let replaced: { markdown: string; state: Uint8Array } = { markdown: "", state: new Uint8Array() };
  try {
    // The change is stored as soon as the transaction ends.
    await connection.transact((doc) => {
      const text = doc.getText(NOTES_TEXT_FIELD);
      replaced = { markdown: text.toString(), state: Y.encodeStateAsUpdate(doc) };
      replaceText(text, revision.markdown);
    });
  } finally {
    await connection.disconnect();
  }
  await db.noteRevision.create({
    data: { documentId: revision.documentId, markdown: replaced.markdown, state: asBytes(replaced.state), reason: "BEFORE_RESTORE", createdById: actor.userId },
  });
}

/** Rewrites only the part between the common beginning and end, so cursors elsewhere stay put. */
export function replaceText(text: Y.Text, next: string) {
  const current = text.toString();
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start += 1;
  let end = 0;
  while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end += 1;
  text.doc!.transact(() => {
    text.delete(start, current.length - start - end);
    text.insert(start, next.slice(start, next.length - end));
  });
}

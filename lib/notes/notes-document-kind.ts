import { authorizeNotesConnection } from "@/lib/notes/authorize-notes-connection";
import type { CollabDocumentKind } from "@/lib/notes/collab-document-kind";
import { sessionIdFromDocumentName } from "@/lib/notes/note-document";
import { loadNotes, logNoteUpdate, storeNotes } from "@/lib/notes/note-persistence";

/** A session's notes, "session-notes/<session id>": anyone the session admits types, and every update is taken. */
export const notesDocumentKind: CollabDocumentKind = {
  isNamed: (documentName) => sessionIdFromDocumentName(documentName) !== null,
  authorize: authorizeNotesConnection,
  async load(documentName) {
    // From the name, not the connection: a direct connection (restoring a revision) has none.
    const sessionId = sessionIdFromDocumentName(documentName);
    if (sessionId === null) throw new Error(`Not a notes document: ${documentName}`);
    return loadNotes(sessionId);
  },
  async log({ documentId, update }) {
    await logNoteUpdate(documentId, update);
    return { isLogged: true };
  },
  store: storeNotes,
  sizeLimitReason: "The notes have reached their size limit (2 MB).",
};

import * as Y from "yjs";
import { db } from "@/lib/db";
import { recordMemberActivity } from "@/lib/membership/activity";
import type { CollabAccess, CollabDocumentKind } from "@/lib/notes/collab-document-kind";
import { authorizeStatementConnection } from "@/lib/statements/collab/authorize-statement-connection";
import { statementIdFromDocumentName } from "@/lib/statements/collab/statement-document";
import { loadStatementText, logStatementUpdate, storeStatementText } from "@/lib/statements/collab/statement-persistence";

/** Connections whose person is already recorded as an author: once per connection, not per keystroke. */
const authorsRecorded = new WeakSet<CollabAccess>();

/** An update that carries nothing (what a client sends on connecting when it has no edits). */
function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}

/**
 * A statement's text, "statement/<statement id>": members type while it is
 * drafted or reviewed, and the log refuses edits once it is frozen.
 *
 * A connection's rights are read when it opens. One opened before the vote
 * keeps its read-write scope, but its first update after the stage change is
 * refused by the log and the socket closed with the reason (4423); the client
 * reconnects at once and is read-only from then on. One opened during the
 * vote stays read-only when the statement goes back to review, until it
 * reconnects: the lifecycle calls refreshStatementConnections after a stage
 * change (this process's connections), otherwise a page reload does it; new
 * connections are writable. The editor keeps a refused edit on screen, and
 * sends it again once a connection is writable.
 */
export const statementDocumentKind: CollabDocumentKind = {
  isNamed: (documentName) => statementIdFromDocumentName(documentName) !== null,
  authorize: authorizeStatementConnection,
  async load(documentName) {
    const statementId = statementIdFromDocumentName(documentName);
    if (statementId === null) throw new Error(`Not a statement document: ${documentName}`);
    return loadStatementText(statementId);
  },
  async log({ documentId, update, access }) {
    // Nothing to keep, and no edit to credit: opening the editor is not drafting.
    if (isEmptyUpdate(update)) return { isLogged: true };
    const isFirstEdit = !authorsRecorded.has(access);
    const outcome = await logStatementUpdate({ statementId: documentId, update, authorId: isFirstEdit ? access.actor.userId : null });
    if (outcome.isLogged && isFirstEdit) {
      authorsRecorded.add(access);
      // Editing a statement keeps a member active (the charter's inactivity rule).
      await recordMemberActivity(db, access.actor.userId);
    }
    return outcome;
  },
  store: ({ documentId, state }) => storeStatementText({ statementId: documentId, state }),
  sizeLimitReason: "The statement has reached its size limit (2 MB).",
};

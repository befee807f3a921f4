import * as Y from "yjs";
import { db } from "@/lib/db";
import { runningCollabServer } from "@/lib/notes/live-notes-server";
import { collabCloseCodes } from "@/lib/notes/note-document";
import { statementDocumentName } from "@/lib/statements/collab/statement-document";
import { frozenTextReasons, readCurrentStatementText } from "@/lib/statements/collab/statement-persistence";

/**
 * Tells the editors that have a statement's text open that their rights
 * changed with its stage: their sockets close (4409) and reconnect, and the
 * new connections are read-only during the vote and writable again back in
 * review. Call it after the transaction that changed the stage committed.
 *
 * It reaches the connections of this process only; with several instances
 * (Redis), the others learn at their next edit, which the log refuses during
 * the vote, or, going back to review, when their page is reloaded. Returns
 * how many connections were closed.
 */
export async function refreshStatementConnections(statementId: number): Promise<number> {
  const document = runningCollabServer()?.hocuspocus.documents.get(statementDocumentName(statementId));
  if (!document) return 0;
  const statement = await db.statement.findUnique({ where: { id: statementId }, select: { stage: true } });
  const reason = (statement && (frozenTextReasons as Record<string, string>)[statement.stage]) ?? "The statement's stage changed.";
  const connections = document.getConnections();
  // A socket carries every document its page has open; all of them reconnect, which costs a sync each.
  for (const connection of connections) connection.webSocket.close(collabCloseCodes.rightsChanged, reason);
  return connections.length;
}

/**
 * After a chair restored an earlier text (an edit written to the stored
 * document), the open document of this process takes that edit too, so the
 * editors see the restored text at once and the next store does not bring
 * the replaced one back. Other instances pick it up when they load it again.
 */
export async function applyStoredStatementText(statementId: number): Promise<void> {
  const document = runningCollabServer()?.hocuspocus.documents.get(statementDocumentName(statementId));
  if (!document) return;
  const { state } = await readCurrentStatementText(db, statementId);
  Y.applyUpdate(document, state);
}

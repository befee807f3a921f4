import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { connectingPerson, type CollabAccess } from "@/lib/notes/collab-document-kind";
import { statementTextAccess } from "@/lib/permissions";
import { statementIdFromDocumentName } from "@/lib/statements/collab/statement-document";

export interface StatementConnection extends CollabAccess {
  statementId: number;
}

const notFound = () => new AppError("NOT_FOUND", "There is no such statement document.");

/**
 * Who is connecting to a statement's text and what they may do there, from
 * the page's sign-in cookie and lib/permissions (statementTextAccess): members
 * write while the stage takes edits and read otherwise; anyone else finds
 * nothing. Decided when the connection opens; the freeze itself is checked on
 * every update (statement-persistence.ts), so a connection opened before a
 * vote cannot write during it.
 */
export async function authorizeStatementConnection({ documentName, cookieHeader }: { documentName: string; cookieHeader: string | undefined }): Promise<StatementConnection> {
  const statementId = statementIdFromDocumentName(documentName);
  if (statementId === null) throw notFound();
  const { user, actor } = await connectingPerson(cookieHeader, "Your sign-in has expired. Sign in again to edit the statement.");
  const statement = await db.statement.findUnique({ where: { id: statementId }, select: { stage: true } });
  const access = statement ? statementTextAccess(actor, statement) : "none";
  if (access === "none") throw notFound();
  return { statementId, actor, userName: user?.name ?? null, canEdit: access === "write" };
}

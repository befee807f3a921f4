import { db } from "@/lib/db";
import { canReadStatement, type Actor } from "@/lib/permissions";
import { readEvidenceView, statementNotFound, type StatementEvidenceView } from "@/lib/statements/evidence/records";

/**
 * What a statement rests on, grouped by kind, as this actor may see it:
 * hidden pain points, members-only sessions and unpublished statements are
 * left out for those who may not read them. A statement the actor may not
 * read is not found.
 */
export async function listStatementEvidence({ actor, statementId }: { actor: Actor; statementId: number }): Promise<StatementEvidenceView> {
  const statement = await db.statement.findUnique({ where: { id: statementId }, select: { id: true, stage: true } });
  if (!statement || !canReadStatement(actor, statement)) throw statementNotFound();
  return readEvidenceView(db, statement, actor);
}

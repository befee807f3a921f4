import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordMemberActivity } from "@/lib/membership/activity";
import { assertCan, evidenceOpenStages, type Actor } from "@/lib/permissions";
import { evidenceClosedMessage, evidenceNotFound, lockStatementForEvidence, readEvidenceView, type StatementEvidenceView } from "@/lib/statements/evidence/records";

/**
 * A member removes hand-added evidence while the statement is in draft or
 * review. Evidence that came from the text goes when its reference is taken
 * out of the text, so it is refused here with that advice.
 */
export async function removeStatementEvidence({ actor, statementId, evidenceId, now = new Date() }: { actor: Actor; statementId: number; evidenceId: number; now?: Date }): Promise<StatementEvidenceView> {
  assertCan(actor, "statements.edit");
  const view = await db.$transaction(async (tx) => {
    const statement = await lockStatementForEvidence(tx, actor, statementId);
    if (!evidenceOpenStages.includes(statement.stage)) throw new AppError("CONFLICT", evidenceClosedMessage(statement.stage));
    const evidence = await tx.statementEvidence.findFirst({
      where: { id: evidenceId, statementId },
      select: { id: true, kind: true, pepNumber: true, painPointId: true, sessionId: true, citedStatementId: true, url: true, title: true, note: true, isFromText: true },
    });
    if (!evidence) throw evidenceNotFound();
    if (evidence.isFromText) {
      const reference = evidence.kind === "PEP" ? `“PEP ${evidence.pepNumber}”` : `“#pain-${evidence.painPointId}”`;
      throw new AppError("CONFLICT", `This comes from the text, which mentions ${reference}; take the mention out of the text and it goes from the evidence.`);
    }
    await tx.statementEvidence.delete({ where: { id: evidence.id } });
    const { id, isFromText: _isFromText, ...before } = evidence;
    await recordAuditEvent(tx, { actorId: actor.userId, action: "statement.evidence.remove", subjectType: "statement", subjectId: String(statement.id), subjectLabel: statement.title, before: { evidenceId: id, ...before } });
    return readEvidenceView(tx, statement, actor);
  });
  await recordMemberActivity(db, actor.userId, now);
  return view;
}

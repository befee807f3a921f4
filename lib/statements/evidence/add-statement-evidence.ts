import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DatabaseTransaction } from "@/lib/db";
import { AppError, invalidFields } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordMemberActivity } from "@/lib/membership/activity";
import { parseOrRefuse } from "@/lib/membership/records";
import { assertCan, canReadPainPoint, canReadSession, canReadStatement, evidenceOpenStages, type Actor } from "@/lib/permissions";
import { evidenceClosedMessage, findSameEvidence, lockStatementForEvidence, readEvidenceView, type StatementEvidenceView } from "@/lib/statements/evidence/records";
import { addEvidenceSchema, type AddEvidenceInput } from "@/lib/statements/evidence/schemas";

/**
 * A member adds a piece of evidence by hand while the statement is in draft
 * or review: a PEP, a pain point, a session's notes, another statement or an
 * upstream link. What it points at must exist and be readable by them; a
 * second row for the same thing is refused, whether the first was added by
 * hand or came from the text. The statement's row is locked first, so two
 * members adding the same thing at once take turns and the second is told.
 */
export async function addStatementEvidence({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<StatementEvidenceView> {
  assertCan(actor, "statements.edit");
  const evidence = parseOrRefuse(addEvidenceSchema, input);
  const view = await db.$transaction(async (tx) => {
    const statement = await lockStatementForEvidence(tx, actor, evidence.statementId);
    if (!evidenceOpenStages.includes(statement.stage)) throw new AppError("CONFLICT", evidenceClosedMessage(statement.stage));

    const { target, field, label } = await resolveTarget(tx, actor, evidence, statement.id);
    if (await findSameEvidence(tx, statement.id, target)) throw invalidFields({ [field]: [`${label} is already in the evidence.`] }, `${label} is already in the evidence.`);

    const created = await tx.statementEvidence.create({ data: { statementId: statement.id, ...target, note: evidence.note, isFromText: false, addedById: actor.userId }, select: { id: true } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "statement.evidence.add",
      subjectType: "statement",
      subjectId: String(statement.id),
      subjectLabel: statement.title,
      after: { evidenceId: created.id, ...target, note: evidence.note },
    });
    return readEvidenceView(tx, statement, actor);
  });
  await recordMemberActivity(db, actor.userId, now);
  return view;
}

type Target = Pick<Prisma.StatementEvidenceUncheckedCreateInput, "kind" | "pepNumber" | "painPointId" | "sessionId" | "citedStatementId" | "url" | "title"> & { kind: AddEvidenceInput["kind"] };

/** What the reference points at, refused at its field when there is no such thing this person may cite. */
async function resolveTarget(
  tx: DatabaseTransaction,
  actor: Actor,
  evidence: AddEvidenceInput,
  statementId: number,
): Promise<{ target: Target & { pepNumber?: number; painPointId?: number; sessionId?: number; citedStatementId?: number; url?: string }; field: string; label: string }> {
  switch (evidence.kind) {
    case "PEP": {
      const pep = await tx.pep.findUnique({ where: { number: evidence.pepNumber }, select: { number: true } });
      if (!pep) throw invalidFields({ pepNumber: [`There is no PEP ${evidence.pepNumber} in the index. Check the number on peps.python.org.`] });
      return { target: { kind: "PEP", pepNumber: pep.number }, field: "pepNumber", label: `PEP ${pep.number}` };
    }
    case "PAIN_POINT": {
      const report = await tx.painPoint.findUnique({ where: { id: evidence.painPoint }, select: { id: true, isHidden: true } });
      if (!report || !canReadPainPoint(actor, report)) throw invalidFields({ painPoint: [`There is no pain point #${evidence.painPoint}. Check its number on the pain-point board.`] });
      // A hidden report takes no links, as it takes no votes or comments (lib/permissions/pain-points.ts).
      if (report.isHidden) throw invalidFields({ painPoint: [`Pain point #${report.id} is hidden, and a hidden report cannot be cited. Show it again first, or cite another.`] });
      return { target: { kind: "PAIN_POINT", painPointId: report.id }, field: "painPoint", label: `Pain point #${report.id}` };
    }
    case "SESSION": {
      const session = await tx.bofSession.findUnique({ where: { slug: evidence.session }, select: { id: true, title: true, visibility: true } });
      if (!session || !canReadSession(actor, session)) throw invalidFields({ session: [`There is no session at /sessions/${evidence.session}. Copy the address from the session’s page.`] });
      return { target: { kind: "SESSION", sessionId: session.id }, field: "session", label: `The session “${session.title}”` };
    }
    case "STATEMENT": {
      const cited = await tx.statement.findUnique({ where: { slug: evidence.statement }, select: { id: true, title: true, stage: true } });
      if (!cited || !canReadStatement(actor, cited)) throw invalidFields({ statement: [`There is no statement at /statements/${evidence.statement}. Copy the address from the statement’s page.`] });
      if (cited.id === statementId) throw invalidFields({ statement: ["A statement cannot cite itself; give another statement."] });
      return { target: { kind: "STATEMENT", citedStatementId: cited.id }, field: "statement", label: `The statement “${cited.title}”` };
    }
    case "LINK":
      return { target: { kind: "LINK", url: evidence.url, title: evidence.title }, field: "url", label: "That link" };
  }
}

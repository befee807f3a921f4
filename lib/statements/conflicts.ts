import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseOrRefuse } from "@/lib/membership/records";
import { assertCan, type Actor } from "@/lib/permissions";
import { auditStatement, findReadableStatement, lockStatement } from "@/lib/statements/records";
import { declareConflictSchema, statementRefSchema } from "@/lib/statements/schemas";

/**
 * A member declares a conflict of interest on a statement (they work for
 * the body it addresses, maintain the project it criticises): from then on
 * they may only abstain on it, as PEP 13 asks of core developers. A vote
 * already cast in an open round is made an abstention, so the declaration
 * holds for the vote under way too. Declaring again updates the note.
 */
export async function declareConflict({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  assertCan(actor, "statements.vote");
  const { slug, note } = parseOrRefuse(declareConflictSchema, input);
  const userId = actor.userId!;
  await db.$transaction(async (tx) => {
    // Locked as a vote locks it, so a vote cast at the same moment is either made an abstention here or refused after.
    const statement = await lockStatement(tx, actor, slug);
    await tx.statementConflict.upsert({ where: { statementId_userId: { statementId: statement.id, userId } }, create: { statementId: statement.id, userId, note, createdAt: now }, update: { note } });
    const openVote = await tx.statementVote.findFirst({ where: { userId, choice: { not: "ABSTAIN" }, round: { statementId: statement.id, closedAt: null } }, select: { roundId: true } });
    if (openVote) {
      await tx.statementVote.update({ where: { roundId_userId: { roundId: openVote.roundId, userId } }, data: { choice: "ABSTAIN", reason: null, changedAt: now } });
      await tx.statementVoteChange.create({ data: { roundId: openVote.roundId, userId, choice: "ABSTAIN", reason: "Declared a conflict of interest.", createdAt: now } });
      await tx.statementObjection.updateMany({ where: { roundId: openVote.roundId, authorId: userId, state: { in: ["OPEN", "ADDRESSED"] } }, data: { state: "WITHDRAWN", resolvedAt: now } });
    }
    await auditStatement(tx, actor, statement, { action: "statement.conflict.declare", after: { userId, note } });
  });
  return { hasConflict: true, note };
}

/** A member withdraws their declaration: they may vote every way again. */
export async function withdrawConflict({ actor, input }: { actor: Actor; input: unknown }) {
  assertCan(actor, "statements.vote");
  const { slug } = parseOrRefuse(statementRefSchema, input);
  const userId = actor.userId!;
  await db.$transaction(async (tx) => {
    const statement = await findReadableStatement(tx, actor, slug);
    const { count } = await tx.statementConflict.deleteMany({ where: { statementId: statement.id, userId } });
    if (!count) throw new AppError("CONFLICT", "You have not declared a conflict of interest on this statement.");
    await auditStatement(tx, actor, statement, { action: "statement.conflict.withdraw", before: { userId } });
  });
  return { hasConflict: false, note: null };
}

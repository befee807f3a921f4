import { db, type DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordMemberActivity } from "@/lib/membership/activity";
import { parseOrRefuse } from "@/lib/membership/records";
import { can, canVoteOnStatement, refuseUnless, type Actor } from "@/lib/permissions";
import { lockOpenRound, lockStatement, notParticipatingMessage, readParticipant, type RoundSummaryRecord } from "@/lib/statements/records";
import { castVoteSchema, statementRefSchema, type VoteChoice } from "@/lib/statements/schemas";

/**
 * Who may vote now, on which open round: the same members who count for
 * quorum, in a round whose deadline has not passed. Refused at the role
 * first, then at the membership, then at the round.
 */
async function openRoundForVoter(tx: DatabaseTransaction, actor: Actor, slug: string, now: Date): Promise<{ statementId: number; round: RoundSummaryRecord }> {
  refuseUnless(actor, can(actor, "statements.vote"), "Only members of the working group vote on statements.");
  const membership = await readParticipant(tx, actor.userId, now);
  refuseUnless(actor, canVoteOnStatement(actor, membership), notParticipatingMessage(membership, "vote on statements"));
  // The statement's row, then the round's, in the order every statement use case locks them, but shared: members' votes go on at once,
  // while a step or a close (FOR UPDATE on both) waits for the votes under way, and a vote that waited for one sees what it did.
  const statement = await lockStatement(tx, actor, slug, "key share");
  const round = await lockOpenRound(tx, statement.id, "share");
  if (!round) throw new AppError("CONFLICT", "There is no open vote on this statement; your vote was not recorded.");
  if (round.closesAt <= now) throw new AppError("CONFLICT", "The vote's deadline has passed; your vote was not recorded.");
  // One person's posts (two tabs, a forged double submit) take turns on a lock of their own in this round: each sees the other's vote
  // and objection rows. The two-integer form of the key keeps clear of the one-key advisory locks elsewhere.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${round.id}::int, hashtext(${actor.userId}))`;
  return { statementId: statement.id, round };
}

/**
 * Records a member's vote in the open round: the one row per member and
 * round (the latest choice), and a line in its history for every cast or
 * change. A block is an objection tracked to its resolution; moving away
 * from block withdraws it.
 */
async function recordVote(tx: DatabaseTransaction, { statementId, round, userId, choice, reason, now }: { statementId: number; round: RoundSummaryRecord; userId: string; choice: VoteChoice; reason: string | null; now: Date }) {
  const conflict = await tx.statementConflict.findUnique({ where: { statementId_userId: { statementId, userId } }, select: { note: true } });
  if (conflict && choice !== "ABSTAIN") {
    throw new AppError("FORBIDDEN", `You declared a conflict of interest on this statement ("${conflict.note}"), so you may only abstain (PEP 13's rule). Withdraw the declaration if it no longer holds.`);
  }
  const vote = { choice, reason, textVersionId: round.textVersionId, changedAt: now };
  const recorded = await tx.statementVote.upsert({
    where: { roundId_userId: { roundId: round.id, userId } },
    create: { roundId: round.id, userId, castAt: now, ...vote },
    update: vote,
    select: { choice: true, reason: true, castAt: true, changedAt: true },
  });
  await tx.statementVoteChange.create({ data: { roundId: round.id, userId, choice, reason, createdAt: now } });
  await keepObjectionInStep(tx, { statementId, roundId: round.id, userId, choice, reason, now });
  await recordMemberActivity(tx, userId, now);
  return { ...recorded, textVersionNumber: round.textVersion.number };
}

/** What a vote returns: the member's vote as recorded (the page it came from is drawn again, with everything else). */
export interface RecordedVote {
  currentVote: { choice: VoteChoice; reason: string | null; castAt: Date; changedAt: Date; textVersionNumber: number };
}

/**
 * A member has at most one objection per round. Blocking opens it, or
 * updates its reason while it is unresolved; blocking again after
 * withdrawing reopens it. One the group overruled stays overruled: voting
 * block again is recorded as a vote, not as a way around the decision.
 */
async function keepObjectionInStep(tx: DatabaseTransaction, { statementId, roundId, userId, choice, reason, now }: { statementId: number; roundId: number; userId: string; choice: VoteChoice; reason: string | null; now: Date }) {
  const objection = await tx.statementObjection.findFirst({ where: { roundId, authorId: userId }, orderBy: { id: "desc" }, select: { id: true, state: true } });
  if (choice === "BLOCK") {
    if (!objection) await tx.statementObjection.create({ data: { statementId, roundId, authorId: userId, reason: reason!, createdAt: now } });
    else if (objection.state === "WITHDRAWN") await tx.statementObjection.update({ where: { id: objection.id }, data: { reason: reason!, state: "OPEN", resolvedAt: null, version: { increment: 1 } } });
    else if (objection.state !== "OVERRULED") await tx.statementObjection.update({ where: { id: objection.id }, data: { reason: reason!, version: { increment: 1 } } });
  } else if (objection && (objection.state === "OPEN" || objection.state === "ADDRESSED")) {
    await tx.statementObjection.update({ where: { id: objection.id }, data: { state: "WITHDRAWN", resolvedAt: now, version: { increment: 1 } } });
  }
}

/**
 * A member votes, or changes their vote, in the statement's open round.
 * Returns the vote as recorded, without reading the statement again: fifty
 * members vote within a second, and each read after the commit is theirs to wait for.
 */
export async function castStatementVote({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<RecordedVote> {
  const { slug, choice, reason } = parseOrRefuse(castVoteSchema, input);
  const currentVote = await db.$transaction(async (tx) => {
    const { statementId, round } = await openRoundForVoter(tx, actor, slug, now);
    return recordVote(tx, { statementId, round, userId: actor.userId!, choice, reason, now });
  });
  return { currentVote };
}

/**
 * A member confirms, in the open round, the vote they cast in an earlier
 * one (on an earlier text, which the page showed them the changes of): the
 * same choice and reason, now on this round's text.
 */
export async function reconfirmVote({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<RecordedVote> {
  const { slug } = parseOrRefuse(statementRefSchema, input);
  const currentVote = await db.$transaction(async (tx) => {
    const { statementId, round } = await openRoundForVoter(tx, actor, slug, now);
    const userId = actor.userId!;
    const earlier = await tx.statementVote.findFirst({ where: { userId, round: { statementId, id: { not: round.id } } }, orderBy: [{ round: { openedAt: "desc" } }, { roundId: "desc" }], select: { choice: true, reason: true } });
    if (!earlier) throw new AppError("CONFLICT", "You had not voted on an earlier text of this statement; cast your vote instead.");
    if (await tx.statementVote.findUnique({ where: { roundId_userId: { roundId: round.id, userId } }, select: { roundId: true } })) {
      throw new AppError("CONFLICT", "You already voted in this round; change your vote instead of reconfirming the earlier one.");
    }
    return recordVote(tx, { statementId, round, userId, choice: earlier.choice, reason: earlier.reason, now });
  });
  return { currentVote };
}

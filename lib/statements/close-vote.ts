import { repeatTask } from "@/lib/repeat-task";
import { db, type DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDay, parseOrRefuse } from "@/lib/membership/records";
import type { NewNotification } from "@/lib/notifications/create-notifications";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { can, type Actor } from "@/lib/permissions";
import { auditStatement, chairsOnly, lockOpenRound, lockStatement, notifyFollowers, statementChangedMeanwhile, statementViewFor, type LockedStatement } from "@/lib/statements/records";
import { statementRefSchema } from "@/lib/statements/schemas";
import { tallyRound, type Tally } from "@/lib/statements/tally";

/** The tally of a round from its stored votes and objections, at `now`. */
export async function tallyStoredRound(client: Pick<DatabaseTransaction, "statementVote" | "statementObjection">, round: Parameters<typeof tallyRound>[0] & { id: number }, now: Date): Promise<Tally> {
  // One after the other: a transaction's connection runs one query at a time.
  const votes = await client.statementVote.findMany({ where: { roundId: round.id }, select: { choice: true, textVersionId: true } });
  const objections = await client.statementObjection.findMany({ where: { roundId: round.id }, select: { state: true } });
  return tallyRound(round, votes, objections, now);
}

/** Closes the statement's open round once its deadline passed: the outcome and the tally as they stood are stored, and the followers told. */
async function closeOpenRound(tx: DatabaseTransaction, actor: Actor, statement: LockedStatement, now: Date): Promise<NewNotification[]> {
  if (statement.stage !== "VOTE") throw statementChangedMeanwhile(statement, "The statement is not in a vote.");
  const round = await lockOpenRound(tx, statement.id);
  if (!round) throw statementChangedMeanwhile(statement, "The vote on this statement is already closed.");
  if (round.closesAt > now)
    throw new AppError(
      "CONFLICT",
      `The vote closes on ${formatDay(round.closesAt)} at ${round.closesAt.toISOString().slice(11, 16)} UTC, as announced; it cannot be closed earlier. Return the statement to review to stop it without a result.`,
    );
  const tally = await tallyStoredRound(tx, round, now);
  const outcome = tally.passes ? "PASSED" : "FAILED";
  await tx.statementVoteRound.update({ where: { id: round.id }, data: { closedAt: now, outcome, tally: { ...tally }, version: { increment: 1 } } });
  await tx.statement.update({ where: { id: statement.id }, data: { version: { increment: 1 } } });
  await auditStatement(tx, actor, statement, { action: "statement.vote.close", before: { roundId: round.id, outcome: null }, after: { roundId: round.id, outcome, tally: { ...tally } } });
  const why = tally.passes
    ? "It can now be published."
    : !tally.isQuorumMet
      ? `Quorum was not reached (${tally.participating} of the ${tally.quorumNeeded} votes needed).`
      : tally.openObjections
        ? "An objection (block) is still open."
        : "Too few votes were in favour.";
  return notifyFollowers(
    tx,
    statement,
    { title: `The vote on "${statement.title}" ${tally.passes ? "passed" : "did not pass"}`, body: `${tally.agree} agree, ${tally.abstain + tally.silentAbstain} abstain, ${tally.disagree} disagree, ${tally.block} block. ${why}` },
    actor.userId,
  );
}

/** A chair closes a vote whose deadline has passed. */
export async function closeStatementVote({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  chairsOnly(actor, can(actor, "statements.manageVote"));
  const { slug } = parseOrRefuse(statementRefSchema, input);
  const notifications = await db.$transaction(async (tx) => closeOpenRound(tx, actor, await lockStatement(tx, actor, slug), now));
  emailNotificationsInBackground(notifications);
  return statementViewFor(db, actor, slug, now);
}

/** The scheduler is no person: its closes are audited without an actor, and it reads every statement. */
const schedulerActor: Actor = { userId: null, role: "admin" };

/**
 * Closes every round whose deadline has passed (scheduleDueVoteClosing
 * calls it every minute). Each in its own transaction, so one failure does not
 * hold the others; a round a chair closed meanwhile is skipped.
 */
export async function closeDueVotes(now = new Date()): Promise<{ closed: string[] }> {
  const due = await db.statementVoteRound.findMany({ where: { closedAt: null, closesAt: { lte: now } }, select: { statement: { select: { slug: true } } } });
  const closed: string[] = [];
  for (const { statement } of due) {
    try {
      const notifications = await db.$transaction(async (tx) => closeOpenRound(tx, schedulerActor, await lockStatement(tx, schedulerActor, statement.slug), now));
      emailNotificationsInBackground(notifications);
      closed.push(statement.slug);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
    }
  }
  return { closed };
}

/**
 * Closes due votes every minute, so a result is recorded at the deadline
 * whether or not a chair is there. Every process runs it; the statement's
 * row lock and the closed-meanwhile check make a second close a no-op
 * (durable, once-per-period scheduling is the background-work issue's).
 */
export function scheduleDueVoteClosing(): () => Promise<void> {
  return repeatTask(() => closeDueVotes(), { intervalMs: 60_000, runAtOnce: true, failureMessage: "Closing statement votes at their deadline failed:" });
}

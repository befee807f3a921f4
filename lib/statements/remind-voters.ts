import { db, type DatabaseTransaction } from "@/lib/db";
import { listActiveVotingMemberIds } from "@/lib/membership/activity";
import { formatDay } from "@/lib/membership/records";
import { createNotifications, type NewNotification } from "@/lib/notifications/create-notifications";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { repeatTask } from "@/lib/repeat-task";
import { lockOpenRound, lockStatementById, statementLink, type RoundSummaryRecord } from "@/lib/statements/records";
import { isVoteReminderDue } from "@/lib/statements/vote-reminder-schedule";

export interface RoundReminded {
  slug: string;
  /** Active voting members who had cast no vote. */
  notVoted: number;
  /** Members whose vote is on an earlier text (or an earlier round), which this round does not count. */
  reconfirm: number;
}

/**
 * Who is reminded in a round, and of what. Everyone who counts for quorum
 * now (the same rule as the quorum count and the right to vote, so
 * suspended and inactive members are left alone) and has no vote on the
 * round's text: "vote" if they never voted on this statement, "reconfirm"
 * if their vote is on an earlier text or round, which does not count. A
 * member with a declared conflict may only abstain; one who already
 * abstained has said all they may, and is not asked again.
 */
async function remindersFor(tx: DatabaseTransaction, statementId: number, round: RoundSummaryRecord, now: Date) {
  const members = await listActiveVotingMemberIds(now, tx);
  const votes = await tx.statementVote.findMany({ where: { roundId: round.id }, select: { userId: true, choice: true, textVersionId: true } });
  // Newest round first, as getVoteState picks the earlier vote it offers to reconfirm.
  const earlierVotes = await tx.statementVote.findMany({
    where: { userId: { in: members }, round: { statementId, id: { not: round.id } } },
    orderBy: [{ round: { openedAt: "desc" } }, { roundId: "desc" }],
    select: { userId: true, choice: true, textVersionId: true },
  });
  const conflicted = new Set((await tx.statementConflict.findMany({ where: { statementId }, select: { userId: true } })).map((conflict) => conflict.userId));

  const voteOf = new Map(votes.map((vote) => [vote.userId, vote]));
  const earlierVoteOf = new Map<string, (typeof earlierVotes)[number]>();
  for (const vote of earlierVotes) if (!earlierVoteOf.has(vote.userId)) earlierVoteOf.set(vote.userId, vote);

  const notVoted: string[] = [];
  const reconfirm: { userId: string; isNewText: boolean }[] = [];
  for (const userId of members) {
    const vote = voteOf.get(userId);
    if (vote?.textVersionId === round.textVersionId) continue;
    const stale = vote ?? earlierVoteOf.get(userId);
    if (conflicted.has(userId)) {
      if (stale?.choice !== "ABSTAIN") notVoted.push(userId);
    } else if (stale) reconfirm.push({ userId, isNewText: stale.textVersionId !== round.textVersionId });
    else notVoted.push(userId);
  }
  return { notVoted, reconfirm };
}

/** Sends the round's reminder if it is still due once the statement and the round are locked; null when another process (or a close) came first. */
async function remindInRound(roundId: number, statementId: number, now: Date): Promise<{ reminded: RoundReminded; notifications: NewNotification[] } | null> {
  return db.$transaction(async (tx) => {
    // The statement's row, then its open round's, in the order every statement use case locks them. A second process waits here, and
    // then reads the lastReminderAt the first one wrote: the check below is what keeps a reminder from going out twice.
    const statement = await lockStatementById(tx, statementId);
    if (statement.stage !== "VOTE") return null;
    const round = await lockOpenRound(tx, statement.id);
    if (!round || round.id !== roundId || !isVoteReminderDue(round, now)) return null;

    const { notVoted, reconfirm } = await remindersFor(tx, statement.id, round, now);
    const closes = `${formatDay(round.closesAt)} at ${round.closesAt.toISOString().slice(11, 16)} UTC`;
    const link = statementLink(statement.slug);
    const notifications: NewNotification[] = [
      ...notVoted.map((userId) => ({
        userId,
        kind: "statement.vote-reminder",
        link,
        title: `Vote on "${statement.title}"`,
        body: `The vote on text version ${round.textVersion.number} closes on ${closes}, and you have not voted yet. Silence counts as abstaining after ${round.silenceAbstainDays} days, but not towards quorum.`,
      })),
      ...reconfirm.map(({ userId, isNewText }) => ({
        userId,
        kind: "statement.vote-reminder",
        link,
        title: `Reconfirm your vote on "${statement.title}"`,
        body: `${isNewText ? `The text changed since you voted: this vote is on version ${round.textVersion.number}` : "A new vote opened on the text you voted on"}, and your earlier vote does not count in it. Look at what changed, then reconfirm or change your vote before ${closes}.`,
      })),
    ];
    await createNotifications(tx, notifications);
    // Not a change of the round others edit against, so its version stays: an open chair's form is not made stale by a reminder.
    await tx.statementVoteRound.update({ where: { id: round.id }, data: { lastReminderAt: now, remindersSent: { increment: 1 } } });
    return { reminded: { slug: statement.slug, notVoted: notVoted.length, reconfirm: reconfirm.length }, notifications };
  });
}

/**
 * Reminds, in every open round whose reminder is due, the members who have
 * not voted or must reconfirm (remindersFor). Each round in its own
 * transaction, so a failure in one does not hold the others back; emails go
 * after the commit. Rounds in which no one needed a reminder are listed
 * too, with zeros: their reminder was due and is done.
 */
export async function remindVoters({ now = new Date() }: { now?: Date } = {}): Promise<{ reminded: RoundReminded[] }> {
  const open = await db.statementVoteRound.findMany({
    where: { closedAt: null, closesAt: { gt: now } },
    orderBy: [{ closesAt: "asc" }, { id: "asc" }],
    select: { id: true, statementId: true, openedAt: true, closedAt: true, closesAt: true, lastReminderAt: true, reminderIntervalDays: true },
  });
  const reminded: RoundReminded[] = [];
  for (const round of open.filter((candidate) => isVoteReminderDue(candidate, now))) {
    try {
      const result = await remindInRound(round.id, round.statementId, now);
      if (!result) continue;
      emailNotificationsInBackground(result.notifications);
      reminded.push(result.reminded);
    } catch (error) {
      console.error(`Reminding members to vote in round ${round.id} (statement ${round.statementId}) failed:`, error);
    }
  }
  return { reminded };
}

/**
 * Checks every minute whether a round's reminder is due, so it goes out
 * within a minute of a day after the opening, and of each interval after.
 * Every process runs it; the row locks and the re-check in remindInRound
 * make a second process's run a no-op.
 */
export function scheduleVoteReminders(): () => Promise<void> {
  return repeatTask(() => remindVoters(), { intervalMs: 60_000, runAtOnce: true, failureMessage: "Reminding members to vote on statements failed:" });
}

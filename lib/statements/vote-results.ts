import { db } from "@/lib/db";
import { parseOrRefuse } from "@/lib/membership/records";
import { can, type Actor } from "@/lib/permissions";
import { findReadableStatement, readLatestRound, viewRoundSummary } from "@/lib/statements/records";
import { statementRefSchema } from "@/lib/statements/schemas";
import { tallyStoredRound } from "@/lib/statements/close-vote";
import { upcomingVoteReminderAt, type ReminderScheduleRound } from "@/lib/statements/vote-reminder-schedule";
import type { Tally } from "@/lib/statements/tally";

/**
 * The latest round's results as the viewer may see them.
 *
 * - Hidden until the close: while the round is open nobody sees counts or
 *   choices; chairs see who has voted (to remind the others), nothing more.
 * - Anonymous: voters are "Member 1, Member 2…" (numbered by when they
 *   first voted) for everyone, chairs included; the reasons are still shown,
 *   since the authors need them to improve the text.
 * - A closed round shows the tally stored at its close; an open one the
 *   tally at `now` (silent members count as abstaining by the clock).
 * - Chairs, who run the vote, see when members were last reminded to vote
 *   and when they will be next; to members the reminders are only their own
 *   notifications.
 */
export async function getVoteResults({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  const { slug } = parseOrRefuse(statementRefSchema, input);
  const statement = await findReadableStatement(db, actor, slug);
  const round = await readLatestRound(db, statement.id);
  if (!round) return { round: null, areResultsVisible: false, tally: null, voters: [], reminders: null };

  const isOpen = round.closedAt === null;
  const areResultsVisible = !(round.hidesResultsUntilClose && isOpen);
  const votes = await db.statementVote.findMany({ where: { roundId: round.id }, orderBy: [{ castAt: "asc" }, { userId: "asc" }], select: { choice: true, reason: true, changedAt: true, user: { select: { name: true } } } });
  const labelOf = (index: number, name: string | null) => (round.isAnonymous ? `Member ${index + 1}` : (name ?? "A former member"));
  const storedTally = round.tally as unknown as Tally | null;

  const summary = viewRoundSummary(round, now);
  const reminders = can(actor, "statements.manageVote") && isOpen ? viewReminders(round, now) : null;
  if (!areResultsVisible) {
    const voters = can(actor, "statements.manageVote") ? votes.map((vote, index) => ({ label: labelOf(index, vote.user.name), choice: null, reason: null, changedAt: null })) : [];
    return { round: summary, areResultsVisible, tally: null, voters, reminders };
  }
  return {
    round: summary,
    areResultsVisible,
    tally: storedTally ?? (await tallyStoredRound(db, round, now)),
    voters: votes.map((vote, index) => ({ label: labelOf(index, vote.user.name), choice: vote.choice, reason: vote.reason, changedAt: vote.changedAt })),
    reminders,
  };
}

/** An open round's reminders: how many went out, the last, and the next (null when the vote closes before it is due). */
function viewReminders(round: ReminderScheduleRound & { remindersSent: number }, now: Date) {
  return { sent: round.remindersSent, lastSentAt: round.lastReminderAt, nextAt: upcomingVoteReminderAt(round, now) };
}
export type VoteResults = Awaited<ReturnType<typeof getVoteResults>>;

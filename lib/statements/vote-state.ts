import { db } from "@/lib/db";
import { parseOrRefuse } from "@/lib/membership/records";
import { canVoteOnStatement, type Actor } from "@/lib/permissions";
import { findReadableStatement, readLatestRound, readParticipant, viewRoundSummary } from "@/lib/statements/records";
import { statementRefSchema } from "@/lib/statements/schemas";

/**
 * The vote as the viewer stands in it: the latest round, their vote in it
 * if it is open, and otherwise the vote they cast in an earlier round with
 * that round's text version and the current one, so the page can show
 * what changed and offer to reconfirm (an earlier vote is never counted in
 * a new round).
 */
export async function getVoteState({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  const { slug } = parseOrRefuse(statementRefSchema, input);
  const statement = await findReadableStatement(db, actor, slug);
  const round = await readLatestRound(db, statement.id);
  const userId = actor.userId;
  const [membership, conflict] = await Promise.all([readParticipant(db, userId, now), userId ? db.statementConflict.findUnique({ where: { statementId_userId: { statementId: statement.id, userId } }, select: { note: true } }) : null]);
  const summary = round ? viewRoundSummary(round, now) : null;
  const isVotingOpen = summary !== null && summary.isOpen && !summary.isPastDeadline;
  const base = { round: summary, canVote: isVotingOpen && canVoteOnStatement(actor, membership), conflictNote: conflict?.note ?? null, currentVote: null, earlierVote: null };
  if (!round || !userId) return base;

  const currentVote = await db.statementVote.findUnique({ where: { roundId_userId: { roundId: round.id, userId } }, select: { choice: true, reason: true, castAt: true, changedAt: true } });
  if (currentVote) return { ...base, currentVote: { ...currentVote, textVersionNumber: round.textVersion.number } };
  if (!isVotingOpen) return base;
  const earlier = await db.statementVote.findFirst({
    where: { userId, round: { statementId: statement.id, id: { not: round.id } } },
    orderBy: [{ round: { openedAt: "desc" } }, { roundId: "desc" }],
    select: { choice: true, reason: true, changedAt: true, roundId: true, textVersion: { select: { number: true } } },
  });
  if (!earlier) return base;
  return {
    ...base,
    earlierVote: {
      choice: earlier.choice,
      reason: earlier.reason,
      castAt: earlier.changedAt,
      roundId: earlier.roundId,
      textVersionNumber: earlier.textVersion.number,
      currentTextVersionNumber: round.textVersion.number,
      isOnSameText: earlier.textVersion.number === round.textVersion.number,
    },
  };
}
export type VoteState = Awaited<ReturnType<typeof getVoteState>>;

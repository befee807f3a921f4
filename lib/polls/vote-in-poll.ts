import { db } from "@/lib/db";
import { recordMemberActivity } from "@/lib/membership/activity";
import { AppError } from "@/lib/errors";
import type { LivePoll } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { refuseUnless, type Actor } from "@/lib/permissions";
import { viewerOfLiveSession } from "@/lib/live/load-live-snapshot";
import { lockPoll, pollViewFor } from "@/lib/polls/records";

/**
 * A participant votes, or changes their vote while the poll is open: their
 * rows are replaced by the options now chosen, and the counts on the options
 * and the poll move by the difference. The poll's row is locked first, so two
 * requests from one person (two tabs, a forged double submit) take turns and
 * the second sees the first's rows: a person is counted once however often
 * they post.
 */
export async function voteInPoll({ actor, pollId, optionIds, now = new Date() }: { actor: Actor; pollId: number; optionIds: number[]; now?: Date }): Promise<LivePoll> {
  const chosen = [...new Set(optionIds)];
  const viewer = await db.$transaction(async (tx) => {
    const { poll, session } = await lockPoll(tx, pollId);
    const viewer = viewerOfLiveSession(actor, session, now);
    if (actor.role === "anonymous") throw new AppError("UNAUTHENTICATED", "Please sign in to vote.");
    if (viewer.hasEnded) throw new AppError("CONFLICT", "The session has ended, and its polls with it; your vote was not counted.");
    refuseUnless(actor, viewer.abilities.canVoteInPolls, "You may not vote in this session's polls.");
    if (poll.state === "DRAFT") throw new AppError("CONFLICT", "This poll has not been opened yet.");
    if (poll.state === "CLOSED") throw new AppError("CONFLICT", "This poll has closed; your vote was not counted.");
    if (chosen.length === 0) throw new AppError("INVALID_INPUT", "Choose an option.");
    if (poll.kind === "SINGLE" && chosen.length > 1) throw new AppError("INVALID_INPUT", "This poll takes one answer: choose a single option.");
    const options = new Set((await tx.pollOption.findMany({ where: { pollId }, select: { id: true } })).map((option) => option.id));
    if (chosen.some((id) => !options.has(id))) throw new AppError("INVALID_INPUT", "That option is not part of this poll; reload the page and vote again.");

    const userId = actor.userId!;
    const before = new Set((await tx.pollVote.findMany({ where: { pollId, userId }, select: { optionId: true } })).map((vote) => vote.optionId));
    const added = chosen.filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !chosen.includes(id));
    if (added.length || removed.length) {
      if (removed.length) {
        await tx.pollVote.deleteMany({ where: { pollId, userId, optionId: { in: removed } } });
        await tx.pollOption.updateMany({ where: { id: { in: removed } }, data: { voteCount: { decrement: 1 } } });
      }
      if (added.length) {
        await tx.pollVote.createMany({ data: added.map((optionId) => ({ pollId, userId, optionId })) });
        await tx.pollOption.updateMany({ where: { id: { in: added } }, data: { voteCount: { increment: 1 } } });
      }
      await tx.poll.update({ where: { id: pollId }, data: { version: { increment: 1 }, ...(before.size === 0 ? { voterCount: { increment: 1 } } : {}) } });
      await notifySessionLive(tx, { sessionId: poll.sessionId, change: { kind: "poll", id: pollId }, actorId: userId });
    }
    return viewer;
  });
  // After the commit: the poll's row lock, which every voter queues on, is held no longer than the change needs.
  await recordMemberActivity(db, actor.userId, now);
  return pollViewFor(db, pollId, viewer);
}

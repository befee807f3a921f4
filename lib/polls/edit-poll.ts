import { db } from "@/lib/db";
import { AppError, conflictError } from "@/lib/errors";
import type { LivePoll } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { refuseUnless, type Actor } from "@/lib/permissions";
import { lockPoll, managersOnly, pollViewFor } from "@/lib/polls/records";
import { viewerOfLiveSession } from "@/lib/live/load-live-snapshot";
import type { PollInput } from "@/lib/polls/schemas";

/**
 * A chair changes a draft: question, kind, options (replaced, as nobody has
 * voted on a draft) and whether results wait for the close. Given the version
 * the chair's form started from, a change another chair made meanwhile is
 * not overwritten unseen.
 */
export async function editPoll({
  actor,
  pollId,
  input,
  expectedVersion,
  now = new Date(),
}: {
  actor: Actor;
  pollId: number;
  input: PollInput;
  expectedVersion?: number;
  now?: Date;
}): Promise<LivePoll> {
  return db.$transaction(async (tx) => {
    const { poll, session } = await lockPoll(tx, pollId);
    const viewer = viewerOfLiveSession(actor, session, now);
    refuseUnless(actor, viewer.abilities.canManagePolls, managersOnly);
    if (poll.state !== "DRAFT") throw new AppError("CONFLICT", "Only a draft can be edited; this poll has been opened.");
    if (expectedVersion !== undefined && expectedVersion !== poll.version) {
      throw conflictError("Someone else changed this poll while you were editing it. Look at their change and edit again.", await pollViewFor(tx, pollId, viewer));
    }
    await tx.pollOption.deleteMany({ where: { pollId } });
    await tx.poll.update({
      where: { id: pollId },
      data: {
        question: input.question,
        kind: input.kind,
        hideResultsUntilClosed: input.hideResultsUntilClosed,
        version: { increment: 1 },
        options: { create: input.options.map((label, position) => ({ label, position })) },
      },
    });
    await notifySessionLive(tx, { sessionId: poll.sessionId, change: { kind: "poll", id: pollId }, actorId: actor.userId });
    return pollViewFor(tx, pollId, viewer);
  });
}

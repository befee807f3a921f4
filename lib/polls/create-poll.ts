import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { LivePoll } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { refuseUnless, type Actor } from "@/lib/permissions";
import { managersOnly, pollViewFor } from "@/lib/polls/records";
import { liveSessionSelect, viewerOfLiveSession } from "@/lib/live/load-live-snapshot";
import type { PollInput } from "@/lib/polls/schemas";

/** A chair prepares a poll as a draft: nobody else sees it until it is opened. Not once the session is over (nobody could vote). */
export async function createPoll({ actor, sessionId, input, now = new Date() }: { actor: Actor; sessionId: number; input: PollInput; now?: Date }): Promise<LivePoll> {
  const session = await db.bofSession.findUnique({ where: { id: sessionId }, select: liveSessionSelect });
  const viewer = viewerOfLiveSession(actor, session, now);
  refuseUnless(actor, viewer.abilities.canManagePolls, managersOnly);
  if (viewer.hasEnded) throw new AppError("CONFLICT", "The session has ended, so nobody could vote any more; polls can no longer be prepared.");
  return db.$transaction(async (tx) => {
    const poll = await tx.poll.create({
      data: {
        sessionId,
        question: input.question,
        kind: input.kind,
        hideResultsUntilClosed: input.hideResultsUntilClosed,
        createdById: actor.userId,
        options: { create: input.options.map((label, position) => ({ label, position })) },
      },
      select: { id: true },
    });
    await notifySessionLive(tx, { sessionId, change: { kind: "poll", id: poll.id }, actorId: actor.userId });
    return pollViewFor(tx, poll.id, viewer);
  });
}

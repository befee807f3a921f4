import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { LivePoll } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { refuseUnless, type Actor } from "@/lib/permissions";
import { viewerOfLiveSession } from "@/lib/live/load-live-snapshot";
import { lockPoll, managersOnly, pollViewFor } from "@/lib/polls/records";

/**
 * A chair opens a draft, closes an open poll, or reopens a closed one (a poll
 * closed a moment too early keeps its votes and takes more). `openedAt` is
 * when it first opened; `closedAt` when it last closed. Asking for the state
 * a poll is already in changes nothing (a double click, two chairs at once).
 * Once the session has ended nobody can vote, so polls can still be closed
 * but no longer opened.
 */
export async function setPollState({ actor, pollId, state, now = new Date() }: { actor: Actor; pollId: number; state: "OPEN" | "CLOSED"; now?: Date }): Promise<LivePoll> {
  return db.$transaction(async (tx) => {
    const { poll, session } = await lockPoll(tx, pollId);
    const viewer = viewerOfLiveSession(actor, session, now);
    refuseUnless(actor, viewer.abilities.canManagePolls, managersOnly);
    if (poll.state !== state) {
      if (state === "CLOSED" && poll.state === "DRAFT") throw new AppError("CONFLICT", "This poll is still a draft: open it before closing it.");
      if (state === "OPEN" && viewer.hasEnded) throw new AppError("CONFLICT", "The session has ended, so nobody could vote any more; polls can no longer be opened.");
      const current = await tx.poll.findUniqueOrThrow({ where: { id: pollId }, select: { openedAt: true } });
      await tx.poll.update({
        where: { id: pollId },
        data: state === "OPEN" ? { state, openedAt: current.openedAt ?? now, closedAt: null, version: { increment: 1 } } : { state, closedAt: now, version: { increment: 1 } },
      });
      await notifySessionLive(tx, { sessionId: poll.sessionId, change: { kind: "poll", id: pollId }, actorId: actor.userId });
    }
    return pollViewFor(tx, pollId, viewer);
  });
}

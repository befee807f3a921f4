import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { refuseUnless, type Actor } from "@/lib/permissions";
import { viewerOfLiveSession } from "@/lib/live/load-live-snapshot";
import { lockPoll, managersOnly } from "@/lib/polls/records";

/**
 * A chair throws a draft away. Opened polls stay: their votes are part of the
 * session's record. Returns the version the removal counts as (one past the
 * poll's last), for the live view's `removed` message.
 */
export async function deletePoll({ actor, pollId, now = new Date() }: { actor: Actor; pollId: number; now?: Date }): Promise<{ id: number; version: number }> {
  return db.$transaction(async (tx) => {
    const { poll, session } = await lockPoll(tx, pollId);
    const viewer = viewerOfLiveSession(actor, session, now);
    refuseUnless(actor, viewer.abilities.canManagePolls, managersOnly);
    if (poll.state !== "DRAFT") throw new AppError("CONFLICT", "Only a draft can be deleted; an opened poll and its votes stay with the session's record.");
    await tx.poll.delete({ where: { id: pollId } });
    await notifySessionLive(tx, { sessionId: poll.sessionId, change: { kind: "poll", id: pollId }, actorId: actor.userId });
    return { id: pollId, version: poll.version + 1 };
  });
}

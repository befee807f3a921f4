import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { assertWithinRateLimit } from "@/lib/pain-points/rate-limit";
import { lockComment, lockPainPoint } from "@/lib/pain-points/records";

/**
 * Anyone signed in can ask a chair to look at a report or a comment. A person
 * has one open flag per thing flagged: flagging again while it is open changes
 * nothing; once a chair handled it, they may flag again. The rate limit's lock
 * makes one person's flags take turns, and a partial unique index
 * (`Flag_open_key`) backs the rule for comments.
 */
export async function flagForChairs({ actor, painPointId, commentId, reason }: { actor: Actor; painPointId: number; commentId?: string; reason: string }) {
  assertCan(actor, "painPoints.flag");
  const raisedById = actor.userId!;
  return db.$transaction(async (tx) => {
    await lockPainPoint(tx, actor, painPointId);
    if (commentId) await lockComment(tx, painPointId, commentId);
    await assertWithinRateLimit(tx, "flags", raisedById);
    const open = await tx.flag.findFirst({ where: { raisedById, painPointId, commentId: commentId ?? null, resolvedAt: null }, select: { id: true } });
    if (open) return { alreadyFlagged: true };
    await tx.flag.create({ data: { painPointId, commentId: commentId ?? null, raisedById, reason } });
    return { alreadyFlagged: false };
  });
}

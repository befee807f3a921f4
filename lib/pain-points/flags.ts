import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { assertWithinRateLimit } from "@/lib/pain-points/rate-limit";

/** Anyone signed in can ask a chair to look at a report or a comment; chairs work through the queue. */
export async function flagForChairs({ actor, painPointId, commentId, reason }: { actor: Actor; painPointId: number; commentId?: string; reason: string }) {
  assertCan(actor, "painPoints.flag");
  const report = await db.painPoint.findUnique({ where: { id: painPointId }, select: { isHidden: true } });
  if (!report || report.isHidden) throw new AppError("NOT_FOUND", "That report does not exist.");
  if (commentId) {
    const comment = await db.painPointComment.findUnique({ where: { id: commentId }, select: { painPointId: true } });
    if (comment?.painPointId !== painPointId) throw new AppError("NOT_FOUND", "That comment does not exist.");
  }
  await assertWithinRateLimit(db, "flags", actor.userId!);
  const existing = await db.flag.findFirst({ where: { raisedById: actor.userId!, painPointId, commentId: commentId ?? null, resolvedAt: null } });
  if (existing) return { alreadyFlagged: true };
  await db.flag.create({ data: { painPointId, commentId: commentId ?? null, raisedById: actor.userId!, reason } });
  return { alreadyFlagged: false };
}

export async function listOpenFlags({ actor }: { actor: Actor }) {
  assertCan(actor, "painPoints.moderate");
  return db.flag.findMany({
    where: { resolvedAt: null },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      reason: true,
      createdAt: true,
      raisedBy: { select: { name: true } },
      painPoint: { select: { id: true, title: true, isHidden: true } },
      comment: { select: { id: true, body: true, isHidden: true, author: { select: { name: true } } } },
    },
  });
}

/** Closes a flag without hiding anything (hiding goes through the hide use cases, which close flags too). */
export async function dismissFlag({ actor, flagId }: { actor: Actor; flagId: string }) {
  assertCan(actor, "painPoints.moderate");
  const updated = await db.flag.updateMany({ where: { id: flagId, resolvedAt: null }, data: { resolvedAt: new Date(), resolvedById: actor.userId, resolution: "dismissed" } });
  if (updated.count === 0) throw new AppError("NOT_FOUND", "That flag was already handled.");
}

export async function countOpenFlags() {
  return db.flag.count({ where: { resolvedAt: null } });
}

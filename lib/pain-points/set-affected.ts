import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { lockPainPoint, recountAffected, touchActivity } from "@/lib/pain-points/records";
import type { z } from "zod";
import type { voteContextSchema } from "@/lib/pain-points/schemas";

/**
 * "Affects me too", or taking it back. One per person and report — the
 * database's primary key sees to that even when the same person clicks in two
 * tabs at once — and the counts are recomputed from the votes themselves.
 */
export async function setAffected({ actor, painPointId, isAffected, context = {} }: { actor: Actor; painPointId: number; isAffected: boolean; context?: z.infer<typeof voteContextSchema> }) {
  assertCan(actor, "painPoints.markAffected");
  const userId = actor.userId!;
  const result = await db.$transaction(async (tx) => {
    const report = await lockPainPoint(tx, actor, painPointId);
    if (report.reporterId === userId) throw new AppError("INVALID_INPUT", "You reported this, so you are already counted as affected.");
    if (report.status === "DUPLICATE") throw new AppError("INVALID_INPUT", "This report was merged into another; add yourself there.");
    if (isAffected) {
      await tx.painPointVote.upsert({
        where: { painPointId_userId: { painPointId, userId } },
        create: { painPointId, userId, ...context },
        update: { ...context },
      });
    } else {
      await tx.painPointVote.deleteMany({ where: { painPointId, userId } });
    }
    await recountAffected(tx, painPointId);
    await touchActivity(tx, painPointId);
    return tx.painPoint.findUniqueOrThrow({ where: { id: painPointId }, select: { affectedCount: true, siteCount: true } });
  });
  bumpDataVersion();
  return { isAffected, ...result };
}

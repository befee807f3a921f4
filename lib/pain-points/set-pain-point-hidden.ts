import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { assertCan, type Actor } from "@/lib/permissions";
import { invalidatePepCatalog } from "@/lib/peps/pep-catalog";
import { lockPainPoint } from "@/lib/pain-points/records";

/**
 * Hides a report as spam or abuse (or shows it again), with a reason, for
 * everyone but chairs; its open flags close with it. A session question it
 * was filed from links to it only for those who may read it, so that
 * question's live view changes too.
 */
export async function setPainPointHidden({ actor, painPointId, isHidden, reason }: { actor: Actor; painPointId: number; isHidden: boolean; reason: string }) {
  assertCan(actor, "painPoints.moderate");
  await db.$transaction(async (tx) => {
    const report = await lockPainPoint(tx, actor, painPointId, { includeHidden: true });
    await tx.painPoint.update({
      where: { id: painPointId },
      data: isHidden ? { isHidden: true, hiddenReason: reason, hiddenById: actor.userId, hiddenAt: new Date() } : { isHidden: false, hiddenReason: null, hiddenById: null, hiddenAt: null },
    });
    await tx.flag.updateMany({ where: { painPointId, commentId: null, resolvedAt: null }, data: { resolvedAt: new Date(), resolvedById: actor.userId, resolution: isHidden ? "hidden" : "dismissed" } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: isHidden ? "painPoint.hide" : "painPoint.restore",
      subjectType: "painPoint",
      subjectId: String(painPointId),
      subjectLabel: `#${painPointId} ${report.title}`,
      before: { isHidden: report.isHidden },
      after: { isHidden },
      reason,
    });
    const [source] = await tx.question.updateManyAndReturn({ where: { painPoint: { id: painPointId } }, data: { version: { increment: 1 } }, select: { id: true, sessionId: true } });
    if (source) await notifySessionLive(tx, { sessionId: source.sessionId, change: { kind: "question", id: source.id }, actorId: actor.userId });
  });
  invalidatePepCatalog();
  bumpDataVersion();
}

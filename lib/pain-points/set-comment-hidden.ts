import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { lockComment, lockPainPoint, recountComments } from "@/lib/pain-points/records";

/**
 * Chairs hide (or restore) any comment, with a reason; the author and others
 * see that it was hidden. Open flags on the comment are closed with it.
 */
export async function setCommentHidden({ actor, painPointId, commentId, isHidden, reason }: { actor: Actor; painPointId: number; commentId: string; isHidden: boolean; reason: string }) {
  assertCan(actor, "painPoints.moderate");
  await db.$transaction(async (tx) => {
    await lockPainPoint(tx, actor, painPointId, { includeHidden: true });
    const comment = await lockComment(tx, painPointId, commentId);
    await tx.painPointComment.update({
      where: { id: commentId },
      data: isHidden ? { isHidden: true, hiddenReason: reason, hiddenById: actor.userId } : { isHidden: false, hiddenReason: null, hiddenById: null },
    });
    await recountComments(tx, painPointId);
    await tx.flag.updateMany({ where: { commentId, resolvedAt: null }, data: { resolvedAt: new Date(), resolvedById: actor.userId, resolution: isHidden ? "hidden" : "dismissed" } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: isHidden ? "comment.hide" : "comment.restore",
      subjectType: "comment",
      subjectId: commentId,
      subjectLabel: `Comment on pain point #${painPointId}`,
      before: { isHidden: comment.isHidden },
      after: { isHidden },
      reason,
    });
  });
  bumpDataVersion();
}

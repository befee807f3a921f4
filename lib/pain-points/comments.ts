import { bumpDataVersion } from "@/lib/cache/data-version";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { assertWithinRateLimit } from "@/lib/pain-points/rate-limit";
import { recountComments, touchActivity } from "@/lib/pain-points/records";

/** Comments on a report: Markdown, editable and deletable by their author, hidden by chairs. */

async function visibleReport(painPointId: number) {
  const report = await db.painPoint.findUnique({ where: { id: painPointId }, select: { isHidden: true } });
  if (!report || report.isHidden) throw new AppError("NOT_FOUND", "That report does not exist.");
}

export async function addComment({ actor, painPointId, body }: { actor: Actor; painPointId: number; body: string }) {
  assertCan(actor, "painPoints.comment");
  await visibleReport(painPointId);
  const comment = await db.$transaction(async (tx) => {
    await assertWithinRateLimit(tx, "comments", actor.userId!);
    const created = await tx.painPointComment.create({ data: { painPointId, authorId: actor.userId!, body }, select: { id: true } });
    await recountComments(tx, painPointId);
    await touchActivity(tx, painPointId);
    return created;
  });
  bumpDataVersion();
  return comment;
}

async function ownedComment(commentId: string) {
  const comment = await db.painPointComment.findUnique({ where: { id: commentId }, select: { authorId: true, painPointId: true, isHidden: true } });
  if (!comment) throw new AppError("NOT_FOUND", "That comment does not exist (any more).");
  return comment;
}

export async function editComment({ actor, commentId, body }: { actor: Actor; commentId: string; body: string }) {
  const comment = await ownedComment(commentId);
  assertCan(actor, "comments.edit", { ownerId: comment.authorId });
  if (comment.isHidden) throw new AppError("FORBIDDEN", "A chair hid this comment; it can no longer be edited.");
  await db.painPointComment.update({ where: { id: commentId }, data: { body, editedAt: new Date() } });
  bumpDataVersion();
}

export async function deleteComment({ actor, commentId }: { actor: Actor; commentId: string }) {
  const comment = await ownedComment(commentId);
  assertCan(actor, "comments.delete", { ownerId: comment.authorId });
  await db.$transaction(async (tx) => {
    await tx.painPointComment.delete({ where: { id: commentId } });
    await recountComments(tx, comment.painPointId);
  });
  bumpDataVersion();
}

/** Chairs hide (or restore) any comment, with a reason; the author and others see that it was hidden. */
export async function setCommentHidden({ actor, commentId, isHidden, reason }: { actor: Actor; commentId: string; isHidden: boolean; reason: string }) {
  assertCan(actor, "painPoints.moderate");
  const comment = await ownedComment(commentId);
  await db.$transaction(async (tx) => {
    await tx.painPointComment.update({
      where: { id: commentId },
      data: isHidden ? { isHidden: true, hiddenReason: reason, hiddenById: actor.userId } : { isHidden: false, hiddenReason: null, hiddenById: null },
    });
    await recountComments(tx, comment.painPointId);
    await tx.flag.updateMany({ where: { commentId, resolvedAt: null }, data: { resolvedAt: new Date(), resolvedById: actor.userId, resolution: isHidden ? "hidden" : "dismissed" } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: isHidden ? "comment.hide" : "comment.restore",
      subjectType: "comment",
      subjectId: commentId,
      subjectLabel: `Comment on pain point #${comment.painPointId}`,
      before: { isHidden: comment.isHidden },
      after: { isHidden },
      reason,
    });
  });
  bumpDataVersion();
}

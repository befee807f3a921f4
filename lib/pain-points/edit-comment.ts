import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { lockComment, lockPainPoint } from "@/lib/pain-points/records";

/** Authors edit their own comments, until a chair hides one. */
export async function editComment({ actor, painPointId, commentId, body }: { actor: Actor; painPointId: number; commentId: string; body: string }) {
  await db.$transaction(async (tx) => {
    await lockPainPoint(tx, actor, painPointId);
    const comment = await lockComment(tx, painPointId, commentId);
    assertCan(actor, "comments.edit", { ownerId: comment.authorId });
    if (comment.isHidden) throw new AppError("FORBIDDEN", "A chair hid this comment; it can no longer be edited.");
    await tx.painPointComment.update({ where: { id: commentId }, data: { body, editedAt: new Date() } });
  });
  bumpDataVersion();
}

import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { lockComment, lockPainPoint, recountComments } from "@/lib/pain-points/records";

/** Authors delete their own comments (chairs any); the report's comment count follows. */
export async function deleteComment({ actor, painPointId, commentId }: { actor: Actor; painPointId: number; commentId: string }) {
  await db.$transaction(async (tx) => {
    await lockPainPoint(tx, actor, painPointId, { includeHidden: true });
    const comment = await lockComment(tx, painPointId, commentId);
    assertCan(actor, "comments.delete", { ownerId: comment.authorId });
    await tx.painPointComment.delete({ where: { id: commentId } });
    await recountComments(tx, painPointId);
  });
  bumpDataVersion();
}

import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { assertWithinRateLimit } from "@/lib/pain-points/rate-limit";
import { lockPainPoint, recountComments, touchActivity } from "@/lib/pain-points/records";

/** A comment on a report, in Markdown; nobody comments on a hidden report. */
export async function addComment({ actor, painPointId, body }: { actor: Actor; painPointId: number; body: string }) {
  assertCan(actor, "painPoints.comment");
  const authorId = actor.userId!;
  const comment = await db.$transaction(async (tx) => {
    await lockPainPoint(tx, actor, painPointId);
    await assertWithinRateLimit(tx, "comments", authorId);
    const created = await tx.painPointComment.create({ data: { painPointId, authorId, body }, select: { id: true } });
    await recountComments(tx, painPointId);
    await touchActivity(tx, painPointId);
    return created;
  });
  bumpDataVersion();
  return comment;
}

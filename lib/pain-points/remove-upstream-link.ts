import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { lockPainPoint } from "@/lib/pain-points/records";

/** Whoever added a link removes it, and chairs any. */
export async function removeUpstreamLink({ actor, painPointId, linkId }: { actor: Actor; painPointId: number; linkId: string }) {
  await db.$transaction(async (tx) => {
    await lockPainPoint(tx, actor, painPointId, { includeHidden: true });
    const link = await tx.painPointLink.findFirst({ where: { id: linkId, painPointId }, select: { addedById: true } });
    if (!link) throw new AppError("NOT_FOUND", "That link is gone already.");
    assertCan(actor, "painPoints.removeLink", { ownerId: link.addedById });
    await tx.painPointLink.delete({ where: { id: linkId } });
  });
  bumpDataVersion();
}

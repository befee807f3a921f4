import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { AppError, invalidFields } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { touchActivity } from "@/lib/pain-points/records";

/** Links to where the same problem is discussed upstream, so scattered threads gather in one place. */
export async function addUpstreamLink({ actor, painPointId, url }: { actor: Actor; painPointId: number; url: string }) {
  assertCan(actor, "painPoints.addLink");
  const report = await db.painPoint.findUnique({ where: { id: painPointId }, select: { isHidden: true, _count: { select: { links: true } } } });
  if (!report || report.isHidden) throw new AppError("NOT_FOUND", "That report does not exist.");
  if (report._count.links >= 30) throw new AppError("INVALID_INPUT", "This report already has 30 links.");
  const normalized = new URL(url).toString();
  await db.$transaction(async (tx) => {
    const created = await tx.painPointLink.createMany({ data: [{ painPointId, url: normalized, addedById: actor.userId }], skipDuplicates: true });
    if (created.count === 0) throw invalidFields({ url: ["That link is already there."] });
    await touchActivity(tx, painPointId);
  });
  bumpDataVersion();
}

export async function removeUpstreamLink({ actor, linkId }: { actor: Actor; linkId: string }) {
  const link = await db.painPointLink.findUnique({ where: { id: linkId }, select: { addedById: true } });
  if (!link) throw new AppError("NOT_FOUND", "That link is gone already.");
  assertCan(actor, "painPoints.removeLink", { ownerId: link.addedById });
  await db.painPointLink.delete({ where: { id: linkId } });
  bumpDataVersion();
}

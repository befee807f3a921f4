import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { AppError, invalidFields } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { lockPainPoint, touchActivity } from "@/lib/pain-points/records";

const MAX_LINKS = 30;

/** Links to where the same problem is discussed upstream, so scattered threads gather in one place. */
export async function addUpstreamLink({ actor, painPointId, url }: { actor: Actor; painPointId: number; url: string }) {
  assertCan(actor, "painPoints.addLink");
  const normalized = new URL(url).toString();
  await db.$transaction(async (tx) => {
    await lockPainPoint(tx, actor, painPointId);
    if ((await tx.painPointLink.count({ where: { painPointId } })) >= MAX_LINKS) throw new AppError("INVALID_INPUT", `This report already has ${MAX_LINKS} links.`);
    const created = await tx.painPointLink.createMany({ data: [{ painPointId, url: normalized, addedById: actor.userId }], skipDuplicates: true });
    if (created.count === 0) throw invalidFields({ url: ["That link is already there."] });
    await touchActivity(tx, painPointId);
  });
  bumpDataVersion();
}

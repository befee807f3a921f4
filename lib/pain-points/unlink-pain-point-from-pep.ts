import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { invalidatePepCatalog } from "@/lib/peps/pep-catalog";
import { lockPainPoint } from "@/lib/pain-points/records";

export async function unlinkPainPointFromPep({ actor, painPointId, pepNumber }: { actor: Actor; painPointId: number; pepNumber: number }) {
  assertCan(actor, "painPoints.triage");
  await db.$transaction(async (tx) => {
    await lockPainPoint(tx, actor, painPointId, { includeHidden: true });
    await tx.painPointPep.deleteMany({ where: { painPointId, pepNumber } });
  });
  invalidatePepCatalog();
  bumpDataVersion();
}

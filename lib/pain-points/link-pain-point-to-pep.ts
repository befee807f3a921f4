import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { invalidFields } from "@/lib/errors";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { assertCan, type Actor } from "@/lib/permissions";
import { invalidatePepCatalog } from "@/lib/peps/pep-catalog";
import { lockPainPoint, notifyFollowers, touchActivity } from "@/lib/pain-points/records";

/** Chairs link a report to a PEP that would address it; its followers are told. */
export async function linkPainPointToPep({ actor, painPointId, pepNumber }: { actor: Actor; painPointId: number; pepNumber: number }) {
  assertCan(actor, "painPoints.triage");
  const notifications = await db.$transaction(async (tx) => {
    const report = await lockPainPoint(tx, actor, painPointId, { includeHidden: true });
    const pep = await tx.pep.findUnique({ where: { number: pepNumber }, select: { title: true } });
    if (!pep) throw invalidFields({ pepNumber: [`There is no PEP ${pepNumber}.`] });
    const created = await tx.painPointPep.createMany({ data: [{ painPointId, pepNumber, linkedById: actor.userId }], skipDuplicates: true });
    if (created.count === 0) throw invalidFields({ pepNumber: [`PEP ${pepNumber} is already linked.`] });
    await touchActivity(tx, painPointId);
    return notifyFollowers(tx, painPointId, { kind: "painPoint.pep", title: `Report #${painPointId} was linked to PEP ${pepNumber}`, body: `${report.title} — PEP ${pepNumber}: ${pep.title}` }, actor.userId);
  });
  invalidatePepCatalog();
  bumpDataVersion();
  emailNotificationsInBackground(notifications);
}

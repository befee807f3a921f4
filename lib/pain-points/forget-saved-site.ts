import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";
import { savedSiteNotFound } from "@/lib/pain-points/records";

/** Deletes one of the actor's saved sites; someone else's is "not found", as if it did not exist. */
export async function forgetSavedSite({ actor, savedSiteId }: { actor: Actor; savedSiteId: string }) {
  return db.$transaction(async (tx) => {
    const site = await tx.savedSite.findUnique({ where: { id: savedSiteId }, select: { id: true, userId: true, name: true } });
    if (!site || !can(actor, "painPoints.manageSavedSites", { ownerId: site.userId })) throw savedSiteNotFound();
    await tx.savedSite.delete({ where: { id: site.id } });
    return { name: site.name };
  });
}

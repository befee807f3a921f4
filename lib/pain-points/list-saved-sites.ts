import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { savedSiteSelect, viewSavedSite } from "@/lib/pain-points/records";

/** The sites a person keeps, most recently used or changed first. Visitors keep none. */
export async function listSavedSites({ actor }: { actor: Actor }) {
  if (!actor.userId) return [];
  const sites = await db.savedSite.findMany({ where: { userId: actor.userId }, orderBy: [{ updatedAt: "desc" }, { name: "asc" }], select: savedSiteSelect });
  return sites.map(viewSavedSite);
}

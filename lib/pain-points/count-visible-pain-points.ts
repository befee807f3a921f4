import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { relatedPainPointsWhere } from "@/lib/pain-points/records";

/** How many reports this actor can find (not counting duplicates), for the site's figures. */
export function countVisiblePainPoints({ actor }: { actor: Actor }) {
  return db.painPoint.count({ where: relatedPainPointsWhere(actor) });
}

import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { mostAffectedFirst, relatedPainPointSelect, relatedPainPointsWhere } from "@/lib/pain-points/records";

/** An area's reports that affect the most people, for its page. */
export function listMostAffectedInArea({ actor, areaSlug, limit = 5 }: { actor: Actor; areaSlug: string; limit?: number }) {
  return db.painPoint.findMany({ where: { ...relatedPainPointsWhere(actor), areas: { some: { areaSlug } } }, orderBy: mostAffectedFirst, take: limit, select: relatedPainPointSelect });
}

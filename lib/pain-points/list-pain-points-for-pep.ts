import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { mostAffectedFirst, relatedPainPointSelect, relatedPainPointsWhere } from "@/lib/pain-points/records";

/** The reports linked to a PEP, most affected first, for its page. */
export async function listPainPointsForPep({ actor, pepNumber, limit = 10 }: { actor: Actor; pepNumber: number; limit?: number }) {
  const where = { ...relatedPainPointsWhere(actor), peps: { some: { pepNumber } } };
  const [items, total] = await Promise.all([db.painPoint.findMany({ where, orderBy: mostAffectedFirst, take: limit, select: relatedPainPointSelect }), db.painPoint.count({ where })]);
  return { items, total };
}

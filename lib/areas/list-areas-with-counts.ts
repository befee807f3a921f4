import { db } from "@/lib/db";
import { relatedPainPointsWhere } from "@/lib/pain-points/records";
import type { Actor } from "@/lib/permissions";

export interface AreaSummary {
  slug: string;
  name: string;
  summary: string;
  pepCount: number;
  /** The reports in the area this actor may read, merged duplicates left out (as on the area's page). */
  painPointCount: number;
}

/** Every area, in the taxonomy's order, with how many PEPs and pain points it has: the /areas index. */
export async function listAreasWithCounts({ actor }: { actor: Actor }): Promise<AreaSummary[]> {
  const areas = await db.area.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      slug: true,
      name: true,
      summary: true,
      _count: { select: { peps: true, painPoints: { where: { painPoint: relatedPainPointsWhere(actor) } } } },
    },
  });
  return areas.map(({ _count, ...area }) => ({ ...area, pepCount: _count.peps, painPointCount: _count.painPoints }));
}

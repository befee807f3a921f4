import { db } from "@/lib/db";
import { countVisiblePainPoints } from "@/lib/pain-points/count-visible-pain-points";
import { anonymousActor } from "@/lib/permissions";

/** The figures on the home page, straight from the database: the same for everyone, so counted as a visitor sees them. */
export async function getSiteFigures() {
  const [pepCount, hpcPepCount, memberCount, areas, painPointCount] = await Promise.all([
    db.pep.count(),
    db.pep.count({ where: { isHpcRelevant: true } }),
    db.user.count({ where: { role: { in: ["MEMBER", "CHAIR", "ADMIN"] } } }),
    db.area.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, name: true, summary: true, _count: { select: { peps: true } } },
    }),
    countVisiblePainPoints({ actor: anonymousActor }),
  ]);
  return { pepCount, hpcPepCount, memberCount, painPointCount, areas: areas.map(({ _count, ...area }) => ({ ...area, pepCount: _count.peps })) };
}

import { db } from "@/lib/db";

/** The figures on the home page, straight from the database. */
export async function getSiteFigures() {
  const [pepCount, hpcPepCount, memberCount, areas] = await Promise.all([
    db.pep.count(),
    db.pep.count({ where: { isHpcRelevant: true } }),
    db.user.count({ where: { role: { in: ["MEMBER", "CHAIR", "ADMIN"] } } }),
    db.area.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, name: true, summary: true, _count: { select: { peps: true } } },
    }),
  ]);
  return { pepCount, hpcPepCount, memberCount, areas: areas.map(({ _count, ...area }) => ({ ...area, pepCount: _count.peps })) };
}

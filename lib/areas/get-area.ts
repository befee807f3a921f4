import { db } from "@/lib/db";
import { statusOrder } from "@/lib/peps/vocabulary";

/** An area with its PEPs grouped by status (in the order a reader cares about), or null. */
export async function getArea(slug: string) {
  // The same rule as the area filter's; anything else (a NUL, which PostgreSQL cannot compare, among them) is no area.
  if (!/^[a-z0-9-]{1,40}$/.test(slug)) return null;
  const area = await db.area.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      summary: true,
      description: true,
      peps: {
        select: {
          pep: { select: { number: true, title: true, status: true, assessment: { select: { impact: true, stance: true } } } },
        },
      },
    },
  });
  if (!area) return null;
  const peps = area.peps.map(({ pep }) => pep).sort((a, b) => b.number - a.number);
  const byStatus = statusOrder.map((status) => ({ status, peps: peps.filter((pep) => pep.status === status) })).filter((group) => group.peps.length > 0);
  return { ...area, pepCount: peps.length, byStatus };
}

export async function listAreas() {
  return db.area.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true, name: true, summary: true } });
}

let cachedSlugs: { loadedAt: number; slugs: Promise<string[]> } | undefined;

/** The areas' slugs, for validating filters; kept for a minute (admins add areas rarely). */
export function listAreaSlugs(): Promise<string[]> {
  if (!cachedSlugs || Date.now() - cachedSlugs.loadedAt > 60_000) {
    const slugs = listAreas().then((areas) => areas.map((area) => area.slug));
    slugs.catch(() => (cachedSlugs = undefined));
    cachedSlugs = { loadedAt: Date.now(), slugs };
  }
  return cachedSlugs.slugs;
}

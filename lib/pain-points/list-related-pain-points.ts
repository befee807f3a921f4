import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Reports shown on other pages (a PEP's, an area's, the home page): visible, not duplicates, most affected first. */
const visible: Prisma.PainPointWhereInput = { isHidden: false, status: { not: "DUPLICATE" } };
const select = { id: true, title: true, status: true, severity: true, affectedCount: true, siteCount: true } as const;
const mostAffected: Prisma.PainPointOrderByWithRelationInput[] = [{ siteCount: "desc" }, { affectedCount: "desc" }, { id: "desc" }];

export async function listPainPointsForPep(pepNumber: number, limit = 10) {
  const where = { ...visible, peps: { some: { pepNumber } } };
  const [items, total] = await Promise.all([db.painPoint.findMany({ where, orderBy: mostAffected, take: limit, select }), db.painPoint.count({ where })]);
  return { items, total };
}

export async function listMostAffectedInArea(areaSlug: string, limit = 5) {
  return db.painPoint.findMany({ where: { ...visible, areas: { some: { areaSlug } } }, orderBy: mostAffected, take: limit, select });
}

export async function countVisiblePainPoints() {
  return db.painPoint.count({ where: visible });
}

export type RelatedPainPoint = Awaited<ReturnType<typeof listMostAffectedInArea>>[number];

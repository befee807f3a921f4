import { db } from "@/lib/db";
import type { Impact, PepStatus, PepType, Stance } from "@/lib/generated/prisma/enums";
import { publicPainPointsSql } from "@/lib/pain-points/records";

/**
 * Every PEP with what the list, its filters and facet counts need, read in one
 * go. There are only ~740 PEPs, so filtering, counting and sorting them in
 * memory is faster and simpler than one SQL query per facet.
 *
 * The rows are kept for a few seconds and dropped at once when this process
 * changes a PEP; other processes see changes within that time.
 */
export interface CatalogPep {
  number: number;
  title: string;
  authors: string;
  status: PepStatus;
  type: PepType;
  topics: string[];
  createdOn: Date | null;
  pythonVersions: string[];
  lastStatusChangeAt: Date | null;
  isHpcRelevant: boolean;
  areas: string[];
  impact: Impact | null;
  stance: Stance | null;
  /** Visible, open reports linked to the PEP (duplicates and hidden ones left out). */
  painPointCount: number;
  /** Lower-cased, accent-free title and authors, for search. */
  searchText: string;
}

const MAX_AGE_MS = 5_000;
let cached: { loadedAt: number; rows: Promise<CatalogPep[]> } | undefined;

export const normalizeForSearch = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

export function getPepCatalog(): Promise<CatalogPep[]> {
  if (!cached || Date.now() - cached.loadedAt > MAX_AGE_MS) {
    const rows = loadCatalog();
    cached = { loadedAt: Date.now(), rows };
    rows.catch(() => {
      cached = undefined;
    });
  }
  return cached.rows;
}

/** Call after changing PEPs, their areas or assessments. */
export function invalidatePepCatalog() {
  cached = undefined;
}

async function loadCatalog(): Promise<CatalogPep[]> {
  const [rows, painPointCounts] = await Promise.all([loadPeps(), countLinkedPainPoints()]);
  return rows.map(({ areas, assessment, ...pep }) => ({
    ...pep,
    areas: areas.map((area) => area.areaSlug).sort(),
    impact: assessment?.impact ?? null,
    stance: assessment?.stance ?? null,
    painPointCount: painPointCounts.get(pep.number) ?? 0,
    searchText: normalizeForSearch(`${pep.title} ${pep.authors}`),
  }));
}

async function countLinkedPainPoints() {
  const rows = await db.$queryRaw<{ pepNumber: number; count: bigint }[]>`
    SELECT l."pepNumber", count(*) AS count FROM "PainPointPep" l JOIN "PainPoint" p ON p.id = l."painPointId"
    WHERE ${publicPainPointsSql()} GROUP BY l."pepNumber"`;
  return new Map(rows.map((row) => [row.pepNumber, Number(row.count)]));
}

function loadPeps() {
  return db.pep.findMany({
    orderBy: { number: "asc" },
    select: {
      number: true,
      title: true,
      authors: true,
      status: true,
      type: true,
      topics: true,
      createdOn: true,
      pythonVersions: true,
      lastStatusChangeAt: true,
      isHpcRelevant: true,
      areas: { select: { areaSlug: true } },
      assessment: { select: { impact: true, stance: true } },
    },
  });
}

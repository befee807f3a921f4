import { currentDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { publicPainPointsSql } from "@/lib/pain-points/records";

/**
 * Where it hurts, for the board's overview: reports and affected people per
 * area, a filesystem × area table, and reports per month. Aggregating a large
 * board takes a moment, so the result is kept until this process changes
 * data, or for a minute (changes made elsewhere).
 */
export interface PainPointOverview {
  byArea: { areaSlug: string; reports: number; affected: number }[];
  byFilesystemAndArea: {
    filesystem: string;
    areaSlug: string;
    reports: number;
  }[];
  byMonth: { month: string; reports: number }[];
  totals: { reports: number; affected: number };
}

let cached: { dataVersion: number; at: number; overview: Promise<PainPointOverview> } | undefined;

export function getPainPointOverview(): Promise<PainPointOverview> {
  if (!cached || cached.dataVersion !== currentDataVersion() || Date.now() - cached.at > 60_000) {
    const overview = computeOverview();
    overview.catch(() => (cached = undefined));
    cached = { dataVersion: currentDataVersion(), at: Date.now(), overview };
  }
  return cached.overview;
}

async function computeOverview(): Promise<PainPointOverview> {
  const visible = publicPainPointsSql();
  const [byArea, byFilesystemAndArea, byMonth, totals] = await Promise.all([
    db.$queryRaw<{ areaSlug: string; reports: bigint; affected: bigint }[]>`SELECT a."areaSlug", count(*) AS reports, sum(p."affectedCount") AS affected
       FROM "PainPointArea" a JOIN "PainPoint" p ON p.id = a."painPointId" WHERE ${visible} GROUP BY a."areaSlug"`,
    db.$queryRaw<{ filesystem: string; areaSlug: string; reports: bigint }[]>`SELECT CASE WHEN p.filesystem LIKE 'other:%' THEN 'other' ELSE coalesce(p.filesystem, 'unknown') END AS filesystem, a."areaSlug", count(*) AS reports
       FROM "PainPointArea" a JOIN "PainPoint" p ON p.id = a."painPointId" WHERE ${visible} GROUP BY 1, 2`,
    db.$queryRaw<{ month: Date; reports: bigint }[]>`SELECT date_trunc('month', p."createdAt") AS month, count(*) AS reports FROM "PainPoint" p
       WHERE ${visible} AND p."createdAt" > now() - interval '24 months' GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ reports: bigint; affected: bigint | null }[]>`SELECT count(*) AS reports, sum(p."affectedCount") AS affected FROM "PainPoint" p WHERE ${visible}`,
  ]);
  return {
    byArea: byArea.map((row) => ({
      areaSlug: row.areaSlug,
      reports: Number(row.reports),
      affected: Number(row.affected),
    })),
    byFilesystemAndArea: byFilesystemAndArea.map((row) => ({
      ...row,
      reports: Number(row.reports),
    })),
    byMonth: everyMonth(
      byMonth.map((row) => ({
        month: row.month.toISOString().slice(0, 7),
        reports: Number(row.reports),
      })),
    ),
    totals: {
      reports: Number(totals[0]?.reports ?? 0),
      affected: Number(totals[0]?.affected ?? 0),
    },
  };
}

/** From the first month with a report to this month, with the months without any as zero, so the chart's time axis is even. */
function everyMonth(rows: { month: string; reports: number }[]) {
  if (rows.length === 0) return rows;
  const counts = new Map(rows.map((row) => [row.month, row.reports]));
  const months: { month: string; reports: number }[] = [];
  const cursor = new Date(`${rows[0]!.month}-01T00:00:00Z`);
  const thisMonth = new Date().toISOString().slice(0, 7);
  for (let month = rows[0]!.month; month <= thisMonth; month = cursor.toISOString().slice(0, 7)) {
    months.push({ month, reports: counts.get(month) ?? 0 });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PainSeverity, PainStatus } from "@/lib/generated/prisma/enums";
import { readListParams, type RawParams } from "@/lib/http/list-query";
import { can, type Actor } from "@/lib/permissions";
import { filesystems, installMethods, schedulers, severityOrder, severitySlugs, statusOrder, statusSlugs } from "@/lib/pain-points/vocabulary";

/**
 * The pain-point board: filters, full-text search and sorting done by
 * PostgreSQL (there may be a hundred thousand reports), shared by the page,
 * the API and the CSV export.
 */

export const BOARD_PAGE_SIZE = 25;

export const boardSorts = ["affected", "newest", "discussed", "updated"] as const;
export type BoardSort = (typeof boardSorts)[number];
export const boardSortLabels: Record<BoardSort, string> = {
  affected: "Most affected",
  newest: "Newest",
  discussed: "Most discussed",
  updated: "Recently updated",
};

const slugEnum = (values: string[]) => z.enum(values as [string, ...string[]]);

export const boardFilterSchemas = {
  area: z.string().regex(/^[a-z0-9-]{1,40}$/).meta({ description: "Area slug" }),
  status: slugEnum(Object.values(statusSlugs)).meta({ description: "Triage status" }),
  severity: slugEnum(Object.values(severitySlugs)).meta({ description: "How much it hurts" }),
  filesystem: slugEnum(Object.keys(filesystems)).meta({ description: "Shared filesystem" }),
  scheduler: slugEnum(Object.keys(schedulers)).meta({ description: "Batch scheduler" }),
  install: slugEnum(Object.keys(installMethods)).meta({ description: "How Python was installed" }),
};
export type BoardFilterKey = keyof typeof boardFilterSchemas;
export const boardFilterKeys = Object.keys(boardFilterSchemas) as BoardFilterKey[];

const list = <T extends z.ZodType>(schema: T) => z.array(schema).default([]);
export const boardQuerySchema = z.object({
  q: z.string().trim().max(200).optional().meta({ description: "Words to find in titles and descriptions (web search syntax: quotes, -word, or)" }),
  area: list(boardFilterSchemas.area),
  status: list(boardFilterSchemas.status),
  severity: list(boardFilterSchemas.severity),
  filesystem: list(boardFilterSchemas.filesystem),
  scheduler: list(boardFilterSchemas.scheduler),
  install: list(boardFilterSchemas.install),
  sort: z.enum(boardSorts).default("affected"),
});
export type BoardQuery = z.infer<typeof boardQuerySchema>;

export function parseBoardQuery(params: RawParams, knownAreas: string[]): { query: BoardQuery; problems: string[] } {
  const { values, problems } = readListParams(params, {
    text: { q: 200 },
    single: { sort: boardQuerySchema.shape.sort },
    multi: Object.fromEntries(boardFilterKeys.map((key) => [key, { schema: boardFilterSchemas[key], known: key === "area" ? knownAreas : undefined }])),
  });
  return { query: boardQuerySchema.parse(values), problems };
}

const statusFromSlug = Object.fromEntries(statusOrder.map((status) => [statusSlugs[status], status])) as Record<string, PainStatus>;
const severityFromSlug = Object.fromEntries(severityOrder.map((severity) => [severitySlugs[severity], severity])) as Record<string, PainSeverity>;

/** A context column filter: chosen keys, plus any "other: …" value when "other" is chosen. */
function contextCondition(column: string, chosen: string[]) {
  const keys = chosen.filter((value) => value !== "other");
  const columnSql = Prisma.raw(`p."${column}"`);
  const parts: Prisma.Sql[] = [];
  if (keys.length) parts.push(Prisma.sql`${columnSql} = ANY(${keys})`);
  if (chosen.includes("other")) parts.push(Prisma.sql`${columnSql} LIKE 'other:%'`);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

function whereClause(query: BoardQuery, { includeHidden }: { includeHidden: boolean }) {
  const conditions: Prisma.Sql[] = [];
  if (!includeHidden) conditions.push(Prisma.sql`NOT p."isHidden"`);
  if (query.status.length) conditions.push(Prisma.sql`p.status = ANY(${query.status.map((slug) => statusFromSlug[slug])}::"PainStatus"[])`);
  else conditions.push(Prisma.sql`p.status <> 'DUPLICATE'`);
  if (query.severity.length) conditions.push(Prisma.sql`p.severity = ANY(${query.severity.map((slug) => severityFromSlug[slug])}::"PainSeverity"[])`);
  if (query.filesystem.length) conditions.push(contextCondition("filesystem", query.filesystem));
  if (query.scheduler.length) conditions.push(contextCondition("scheduler", query.scheduler));
  if (query.install.length) conditions.push(contextCondition("installMethod", query.install));
  if (query.area.length) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "PainPointArea" a WHERE a."painPointId" = p.id AND a."areaSlug" = ANY(${query.area}))`);
  if (query.q) conditions.push(Prisma.sql`p."searchVector" @@ websearch_to_tsquery('english', ${query.q})`);
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

const orderBy: Record<BoardSort, Prisma.Sql> = {
  affected: Prisma.sql`ORDER BY p."siteCount" DESC, p."affectedCount" DESC, p.id DESC`,
  newest: Prisma.sql`ORDER BY p."createdAt" DESC, p.id DESC`,
  discussed: Prisma.sql`ORDER BY p."commentCount" DESC, p."lastActivityAt" DESC, p.id DESC`,
  updated: Prisma.sql`ORDER BY p."lastActivityAt" DESC, p.id DESC`,
};

const boardItemSelect = {
  id: true,
  title: true,
  severity: true,
  status: true,
  isHidden: true,
  isReporterPublic: true,
  site: true,
  siteKind: true,
  scheduler: true,
  filesystem: true,
  installMethod: true,
  pythonVersion: true,
  affectedCount: true,
  siteCount: true,
  commentCount: true,
  createdAt: true,
  lastActivityAt: true,
  reporter: { select: { name: true } },
  areas: { select: { areaSlug: true } },
  peps: { select: { pepNumber: true } },
} as const;

/**
 * One page of the board and the number of all matches. Hidden reports appear
 * only for chairs who ask for them; duplicates only when filtered for.
 */
export async function listPainPoints({ actor, query, offset = 0, limit = BOARD_PAGE_SIZE, includeHidden = false }: { actor: Actor; query: BoardQuery; offset?: number; limit?: number; includeHidden?: boolean }) {
  const canSeeHidden = includeHidden && can(actor, "painPoints.readHidden");
  const where = whereClause(query, { includeHidden: canSeeHidden });
  const [idRows, countRows] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`SELECT p.id FROM "PainPoint" p ${where} ${orderBy[query.sort]} LIMIT ${limit} OFFSET ${offset}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "PainPoint" p ${where}`,
  ]);
  const ids = idRows.map((row) => row.id);
  const rows = ids.length ? await db.painPoint.findMany({ where: { id: { in: ids } }, select: boardItemSelect }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const canSeeReporter = can(actor, "painPoints.seeReporter");
  const items = ids
    .map((id) => byId.get(id))
    .filter((row): row is NonNullable<typeof row> => Boolean(row))
    .map(({ reporter, areas, peps, isReporterPublic, ...row }) => ({
      ...row,
      reporterName: isReporterPublic || canSeeReporter ? (reporter.name ?? null) : null,
      areas: areas.map((area) => area.areaSlug).sort(),
      peps: peps.map((pep) => pep.pepNumber).sort((a, b) => a - b),
    }));
  return { items, total: Number(countRows[0]?.total ?? 0) };
}

export type BoardItem = Awaited<ReturnType<typeof listPainPoints>>["items"][number];

import { currentDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PainSeverity, PainStatus } from "@/lib/generated/prisma/enums";
import { canSeeReporter, readablePainPointsSql, type Actor } from "@/lib/permissions";
import type { BoardQuery, BoardSort } from "@/lib/pain-points/schemas";
import { severityOrder, severitySlugs, statusOrder, statusSlugs } from "@/lib/pain-points/vocabulary";

/**
 * The pain-point board: filters, full-text search and sorting done by
 * PostgreSQL (there may be a hundred thousand reports), shared by the page,
 * the API and the CSV export.
 */

export const BOARD_PAGE_SIZE = 25;

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

/**
 * The board's WHERE clause over "PainPoint" p: the reports the actor may read
 * (hidden ones only for chairs who ask), duplicates only when filtered for,
 * then the query's filters and words. Site search uses it too, so both find
 * the same.
 */
export function boardWhereClause(actor: Actor, query: BoardQuery, { includeHidden }: { includeHidden: boolean }) {
  const conditions: Prisma.Sql[] = [];
  // The first two conditions are the predicate of the board's indexes (see schema.prisma): with
  // them, PostgreSQL can read a page straight off an index in the chosen order.
  const readable = readablePainPointsSql(actor, { includeHidden });
  if (readable) conditions.push(readable);
  if (!query.status.includes(statusSlugs.DUPLICATE)) conditions.push(Prisma.sql`p.status <> 'DUPLICATE'`);
  if (query.status.length) conditions.push(Prisma.sql`p.status = ANY(${query.status.map((slug) => statusFromSlug[slug])}::"PainStatus"[])`);
  if (query.severity.length) conditions.push(Prisma.sql`p.severity = ANY(${query.severity.map((slug) => severityFromSlug[slug])}::"PainSeverity"[])`);
  if (query.filesystem.length) conditions.push(contextCondition("filesystem", query.filesystem));
  if (query.scheduler.length) conditions.push(contextCondition("scheduler", query.scheduler));
  if (query.install.length) conditions.push(contextCondition("installMethod", query.install));
  if (query.area.length) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "PainPointArea" a WHERE a."painPointId" = p.id AND a."areaSlug" = ANY(${query.area}))`);
  if (query.q) conditions.push(Prisma.sql`p."searchVector" @@ ${searchQuerySql(query.q)}`);
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

/** The words of a search as a tsquery; the same configuration as the vector (see updateSearchVector), so a dotted module name is split alike on both sides. */
export const searchQuerySql = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/**
 * How well a report over `"PainPoint" p` matches `query` (a tsquery), best first: its tier is 3
 * when the title alone has the words, 2 when title and description have them, 1 when they need
 * the evidence; within a tier, ts_rank (which weighs title over description over evidence, but
 * alone would let a long description outrank a title).
 */
export function relevanceSql(query: Prisma.Sql, vector: Prisma.Sql = Prisma.sql`p."searchVector"`) {
  return {
    tier: Prisma.sql`(CASE WHEN ts_filter(${vector}, '{a}') @@ ${query} THEN 3 WHEN ts_filter(${vector}, '{a,b}') @@ ${query} THEN 2 ELSE 1 END)`,
    rank: Prisma.sql`ts_rank(${vector}, ${query})`,
  };
}

/** Best match needs words to match; without them the board's own order stands in. */
const effectiveSort = (query: BoardQuery): BoardSort => (query.sort === "relevance" && !query.q ? "affected" : query.sort);

// Written with the inner query's column names, so that the outer query (over its rows) orders alike.
const orderBy: Record<BoardSort, Prisma.Sql> = {
  relevance: Prisma.sql`ORDER BY "matchTier" DESC, "matchRank" DESC, "siteCount" DESC, "affectedCount" DESC, id DESC`,
  affected: Prisma.sql`ORDER BY p."siteCount" DESC, p."affectedCount" DESC, p.id DESC`,
  newest: Prisma.sql`ORDER BY p."createdAt" DESC, p.id DESC`,
  discussed: Prisma.sql`ORDER BY p."commentCount" DESC, p."lastActivityAt" DESC, p.id DESC`,
  updated: Prisma.sql`ORDER BY p."lastActivityAt" DESC, p.id DESC`,
};

/** A board row as the page statement returns it. */
interface BoardRow {
  id: number;
  title: string;
  severity: PainSeverity;
  status: PainStatus;
  isHidden: boolean;
  isReporterPublic: boolean;
  reporterId: string;
  reporterName: string | null;
  site: string | null;
  siteKind: string | null;
  scheduler: string | null;
  filesystem: string | null;
  installMethod: string | null;
  pythonVersion: string | null;
  affectedCount: number;
  siteCount: number;
  commentCount: number;
  createdAt: Date;
  lastActivityAt: Date;
  areas: string[];
  peps: number[];
}

/**
 * The two statements behind a board page (also what `npm run bench -- pain-points` explains).
 * The page is one statement: the inner query takes the page's rows off an index in order (see
 * schema.prisma); only those rows get their reporter, areas and PEPs looked up (doing that in
 * the inner query would do it for every row OFFSET skips too).
 */
export function boardSql(actor: Actor, query: BoardQuery, { includeHidden, offset, limit }: { includeHidden: boolean; offset: number; limit: number }) {
  const where = boardWhereClause(actor, query, { includeHidden });
  const sort = effectiveSort(query);
  const relevance = sort === "relevance" && query.q ? relevanceSql(searchQuerySql(query.q)) : null;
  const matchColumns = relevance ? Prisma.sql`, ${relevance.tier} AS "matchTier", ${relevance.rank} AS "matchRank"` : Prisma.empty;
  return {
    page: Prisma.sql`
      SELECT p.id, p.title, p.severity, p.status, p."isHidden", p."isReporterPublic", p."reporterId", u.name AS "reporterName",
             p.site, p."siteKind", p.scheduler, p.filesystem, p."installMethod", p."pythonVersion",
             p."affectedCount", p."siteCount", p."commentCount", p."createdAt", p."lastActivityAt",
             ARRAY(SELECT a."areaSlug" FROM "PainPointArea" a WHERE a."painPointId" = p.id ORDER BY 1) AS areas,
             ARRAY(SELECT x."pepNumber" FROM "PainPointPep" x WHERE x."painPointId" = p.id ORDER BY 1) AS peps
      FROM (SELECT p.*${matchColumns} FROM "PainPoint" p ${where} ${orderBy[sort]} LIMIT ${limit} OFFSET ${offset}) p
      JOIN "User" u ON u.id = p."reporterId"
      ${orderBy[sort]}`,
    count: Prisma.sql`SELECT count(*) AS total FROM "PainPoint" p ${where}`,
  };
}

/** A board row as this actor sees it: the reporter's name by the same rule as on the report's page. */
function viewBoardRow({ isReporterPublic, reporterId, reporterName, ...row }: BoardRow, actor: Actor) {
  return { ...row, reporterName: canSeeReporter(actor, { isReporterPublic, reporterId }) ? reporterName : null };
}

/**
 * One page of the board and the number of all matches. Hidden reports appear
 * only for chairs who ask for them; duplicates only when filtered for.
 */
export async function listPainPoints({ actor, query, offset = 0, limit = BOARD_PAGE_SIZE, includeHidden = false }: { actor: Actor; query: BoardQuery; offset?: number; limit?: number; includeHidden?: boolean }) {
  const sql = boardSql(actor, query, { includeHidden, offset, limit });
  const [rows, total] = await Promise.all([db.$queryRaw<BoardRow[]>(sql.page), countMatches(sql.count)]);
  return { items: rows.map((row) => viewBoardRow(row, actor)), total };
}

/**
 * A board's total is the same for everyone who sees that board, and counting
 * tens of thousands of matches costs more than the page itself; so each total
 * is kept for up to 15 s, and only until this process changes any data (see
 * lib/cache/data-version.ts). Another instance's change shows within 15 s,
 * as with the anonymous page cache.
 */
const COUNT_TTL_MS = 15_000;
const COUNT_CACHE_ENTRIES = 1_000;
const countCache = new Map<string, { total: number; version: number; expires: number }>();

async function countMatches(statement: Prisma.Sql) {
  const key = `${statement.text}\u0000${JSON.stringify(statement.values)}`;
  const version = currentDataVersion();
  const cached = countCache.get(key);
  if (cached && cached.version === version && cached.expires > Date.now()) return cached.total;
  const [row] = await db.$queryRaw<{ total: bigint }[]>(statement);
  const total = Number(row?.total ?? 0);
  if (countCache.size >= COUNT_CACHE_ENTRIES) countCache.clear();
  countCache.set(key, { total, version, expires: Date.now() + COUNT_TTL_MS });
  return total;
}

export type BoardItem = Awaited<ReturnType<typeof listPainPoints>>["items"][number];

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PainSeverity, PainStatus, PepStatus, SessionVisibility, StatementStage, StatementTarget } from "@/lib/generated/prisma/enums";
import { boardWhereClause, relevanceSql, searchQuerySql } from "@/lib/pain-points/list-pain-points";
import { boardQuerySchema } from "@/lib/pain-points/schemas";
import { can, readableSessionVisibilities, readableStatementStages, type Action, type Actor } from "@/lib/permissions";
import { headlineSql, parseHeadline, PASSAGE_OPTIONS, WHOLE_TEXT_OPTIONS, type Snippet } from "@/lib/search/highlights";
import { pepNumbersIn, searchInputSchema, searchKinds, searchTextSchema, type SearchKind } from "@/lib/search/schemas";

/**
 * Site search: PEPs, pain points, session notes and statements, found by
 * PostgreSQL full-text search (websearch_to_tsquery, so quotes, -word and "or"
 * work), ranked by ts_rank, with highlighted snippets. Everything is searched
 * as the actor sees it — the same reports as the board, only sessions and
 * statements they may read — and those rules are in the SQL, so the counts are
 * right too.
 */

/** Results of each kind on the combined view; "show all" leads to that kind's own pages. */
export const COMBINED_LIMIT = 10;
/** Results per page when one kind is chosen. */
export const KIND_PAGE_SIZE = 20;

const readAction: Record<SearchKind, Action> = { peps: "peps.read", "pain-points": "painPoints.read", notes: "sessions.read", statements: "statements.read" };

export interface PepHit {
  number: number;
  title: Snippet;
  authors: Snippet;
  status: PepStatus;
  isHpcRelevant: boolean;
  /** Found by its number ("703", "PEP 703") rather than by words. */
  isNumberMatch: boolean;
}

export interface PainPointHit {
  id: number;
  title: Snippet;
  snippet: Snippet;
  status: PainStatus;
  severity: PainSeverity;
  createdAt: Date;
  /** Set when only the evidence has the words: the modules of its profile that have them (a few, in the profile's order; none when the words name its kind, "importtime"). */
  evidenceMatch: { modules: string[] } | null;
}

/** How many of the matching modules an evidence match shows. */
export const EVIDENCE_MODULES_SHOWN = 3;

export interface NoteHit {
  slug: string;
  sessionTitle: string;
  startsAt: Date;
  isMembersOnly: boolean;
  snippet: Snippet;
}

export interface StatementHit {
  slug: string;
  title: Snippet;
  stage: StatementStage;
  target: StatementTarget;
  targetPep: number | null;
  targetBody: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  /** From the summary and the text, in that order. */
  snippet: Snippet;
}

export interface SearchHits {
  peps: PepHit[];
  "pain-points": PainPointHit[];
  notes: NoteHit[];
  statements: StatementHit[];
}

export type SiteSearchResult =
  | { status: "empty" }
  | { status: "invalid"; q: string; message: string }
  | {
      status: "results";
      q: string;
      kind: SearchKind | null;
      /** The page shown (only the chosen kind is paged), clamped to the last one. */
      page: number;
      pageCount: number;
      counts: Record<SearchKind, number>;
      total: number;
      hits: SearchHits;
    };

export async function searchSite({ actor, q, kind, page = 1 }: { actor: Actor; q: string; kind?: SearchKind; page?: number }): Promise<SiteSearchResult> {
  const text = searchTextSchema.safeParse(q);
  if (!text.success) return { status: "invalid", q, message: text.error.issues[0]?.message ?? "That search cannot be run." };
  if (text.data === "") return { status: "empty" };
  const input = searchInputSchema.safeParse({ q: text.data, kind, page });
  if (!input.success) throw new AppError("INVALID_INPUT", "Unknown kind of result or page.");

  const sql = searchStatements(actor, input.data.q);
  const [countRow] = await db.$queryRaw<({ queryNodes: number } & Record<SearchKind, bigint>)[]>(sql.counts);
  if (!countRow) throw new Error("The count statement returned no row.");
  if (countRow.queryNodes === 0 && sql.pepNumbers.length === 0) {
    return { status: "invalid", q: input.data.q, message: "That search has only words too common to search for (such as “the” or “and”). Add a more telling word." };
  }
  const counts = Object.fromEntries(searchKinds.map((key) => [key, Number(countRow[key])])) as Record<SearchKind, number>;

  const chosen = input.data.kind ?? null;
  const pageCount = chosen ? Math.max(1, Math.ceil(counts[chosen] / KIND_PAGE_SIZE)) : 1;
  const shownPage = chosen ? Math.min(input.data.page, pageCount) : 1;
  const slice = chosen ? { limit: KIND_PAGE_SIZE, offset: (shownPage - 1) * KIND_PAGE_SIZE } : { limit: COMBINED_LIMIT, offset: 0 };
  const wanted = (key: SearchKind) => (chosen === null || chosen === key) && counts[key] > 0;

  const [peps, painPoints, notes, statements] = await Promise.all([
    wanted("peps") ? db.$queryRaw<PepRow[]>(sql.peps(slice)) : [],
    wanted("pain-points") ? db.$queryRaw<PainPointRow[]>(sql.painPoints(slice)) : [],
    wanted("notes") ? db.$queryRaw<NoteRow[]>(sql.notes(slice)) : [],
    wanted("statements") ? db.$queryRaw<StatementRow[]>(sql.statements(slice)) : [],
  ]);
  return {
    status: "results",
    q: input.data.q,
    kind: chosen,
    page: shownPage,
    pageCount,
    counts,
    total: searchKinds.reduce((sum, key) => sum + counts[key], 0),
    hits: {
      peps: peps.map((row) => ({ ...row, title: parseHeadline(row.title), authors: parseHeadline(row.authors) })),
      "pain-points": painPoints.map(({ evidenceModules, ...row }) => ({
        ...row,
        title: parseHeadline(row.title),
        snippet: parseHeadline(row.snippet, { isMarkdown: true }),
        evidenceMatch: evidenceModules === null ? null : { modules: evidenceModules },
      })),
      notes: notes.map(({ visibility, snippet, ...row }) => ({ ...row, isMembersOnly: visibility === "MEMBERS", snippet: parseHeadline(snippet, { isMarkdown: true }) })),
      statements: statements.map((row) => ({ ...row, title: parseHeadline(row.title), snippet: parseHeadline(row.snippet, { isMarkdown: true }) })),
    },
  };
}

interface PepRow {
  number: number;
  title: string;
  authors: string;
  status: PepStatus;
  isHpcRelevant: boolean;
  isNumberMatch: boolean;
}
interface PainPointRow {
  id: number;
  title: string;
  snippet: string;
  status: PainStatus;
  severity: PainSeverity;
  createdAt: Date;
  evidenceModules: string[] | null;
}
interface NoteRow {
  slug: string;
  sessionTitle: string;
  startsAt: Date;
  visibility: SessionVisibility;
  snippet: string;
}

interface StatementRow {
  slug: string;
  title: string;
  stage: StatementStage;
  target: StatementTarget;
  targetPep: number | null;
  targetBody: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  snippet: string;
}

interface Slice {
  limit: number;
  offset: number;
}

/**
 * The statements behind a search (also what a benchmark would explain). Each
 * kind's page first picks its rows by rank, then makes snippets for those rows
 * only: ts_headline re-reads the whole text, far too slow for every match.
 * `query` is the tsquery in every statement.
 */
export function searchStatements(actor: Actor, q: string) {
  const tsquery = searchQuerySql(q);
  const pepNumbers = pepNumbersIn(q);

  // PEPs: few enough (~750) to build their document on the fly; a number asked for comes first.
  const pepDocument = Prisma.sql`setweight(to_tsvector('english', p.title), 'A') || setweight(to_tsvector('english', p.authors), 'B')`;
  const pepMatch = Prisma.sql`(p.number = ANY(${pepNumbers}::int[]) OR (${pepDocument}) @@ query)`;

  // Pain points: exactly what the board shows for these words, in the board's best-match order.
  const painPointWhere = boardWhereClause(actor, { ...boardQuerySchema.parse({ q }), sort: "relevance" }, { includeHidden: false });
  const relevance = relevanceSql(Prisma.sql`query`);

  // Notes: of the sessions the actor may read (the vector is kept by the notes' store, and by the seed for demo text).
  const readable = readableSessionVisibilities(actor);
  const noteVector = Prisma.sql`n."searchVector"`;
  const noteWhere = Prisma.sql`WHERE s.visibility = ANY(${readable}::"SessionVisibility"[]) AND n."searchVector" @@ query`;

  // Statements: of the stages the actor may read (the vector is a generated column: title A, summary B, text C).
  // As on the board, a title that has the words comes first, then the summary, then the text; ts_rank orders within each,
  // and between equals the group's published positions come before its drafts.
  const statementWhere = Prisma.sql`WHERE st.stage = ANY(${readableStatementStages(actor)}::"StatementStage"[]) AND st."searchVector" @@ query`;
  const statementRelevance = relevanceSql(Prisma.sql`query`, Prisma.sql`st."searchVector"`);

  const countOf = (key: SearchKind, statement: Prisma.Sql) => (can(actor, readAction[key]) ? Prisma.sql`(${statement})` : Prisma.sql`0::bigint`);

  return {
    pepNumbers,
    counts: Prisma.sql`
      SELECT numnode(query) AS "queryNodes",
        ${countOf("peps", Prisma.sql`SELECT count(*) FROM "Pep" p WHERE ${pepMatch}`)} AS "peps",
        ${countOf("pain-points", Prisma.sql`SELECT count(*) FROM "PainPoint" p ${painPointWhere}`)} AS "pain-points",
        ${countOf("notes", Prisma.sql`SELECT count(*) FROM "NoteDocument" n JOIN "BofSession" s ON s.id = n."sessionId" ${noteWhere}`)} AS "notes",
        ${countOf("statements", Prisma.sql`SELECT count(*) FROM "Statement" st ${statementWhere}`)} AS "statements"
      FROM ${tsquery} query`,
    peps: ({ limit, offset }: Slice) => Prisma.sql`
      SELECT p.number, p.status, p."isHpcRelevant", hit."isNumberMatch",
             ${headlineSql(Prisma.sql`p.title`, WHOLE_TEXT_OPTIONS)} AS title,
             ${headlineSql(Prisma.sql`p.authors`, WHOLE_TEXT_OPTIONS)} AS authors
      FROM (
        SELECT p.number, p.number = ANY(${pepNumbers}::int[]) AS "isNumberMatch", ts_rank(${pepDocument}, query) AS rank
        FROM "Pep" p, ${tsquery} query
        WHERE ${pepMatch}
        ORDER BY "isNumberMatch" DESC, rank DESC, p.number DESC
        LIMIT ${limit} OFFSET ${offset}
      ) hit
      JOIN "Pep" p ON p.number = hit.number, ${tsquery} query
      ORDER BY hit."isNumberMatch" DESC, hit.rank DESC, p.number DESC`,
    // A report found only by its evidence names the modules that have the words: those whose
    // text, with the report's title and description, meets the query.
    painPoints: ({ limit, offset }: Slice) => Prisma.sql`
      SELECT p.id, p.status, p.severity, p."createdAt",
             ${headlineSql(Prisma.sql`p.title`, WHOLE_TEXT_OPTIONS)} AS title,
             ${headlineSql(Prisma.sql`p.description`, PASSAGE_OPTIONS)} AS snippet,
             CASE WHEN hit.tier = 1 THEN ARRAY(
               SELECT m.name FROM "Evidence" e, import_time_module_names(e.parsed) m
               WHERE e."painPointId" = p.id AND (authored.vector || to_tsvector('english', module_name_search_text(m.name))) @@ query
               ORDER BY e."createdAt", e.id, m.first
               LIMIT ${EVIDENCE_MODULES_SHOWN}
             ) END AS "evidenceModules"
      FROM (
        SELECT p.id, ${relevance.tier} AS tier, ${relevance.rank} AS rank
        FROM "PainPoint" p, ${tsquery} query
        ${painPointWhere}
        ORDER BY tier DESC, rank DESC, p.id DESC
        LIMIT ${limit} OFFSET ${offset}
      ) hit
      JOIN "PainPoint" p ON p.id = hit.id, ${tsquery} query,
      LATERAL (SELECT CASE WHEN hit.tier = 1 THEN ts_filter(p."searchVector", '{a,b}') END AS vector) authored
      ORDER BY hit.tier DESC, hit.rank DESC, p.id DESC`,
    notes: ({ limit, offset }: Slice) => Prisma.sql`
      SELECT s.slug, s.title AS "sessionTitle", s."startsAt", s.visibility,
             ${headlineSql(Prisma.sql`n.markdown`, PASSAGE_OPTIONS)} AS snippet
      FROM (
        SELECT n.id, ts_rank(${noteVector}, query) AS rank, s."startsAt"
        FROM "NoteDocument" n JOIN "BofSession" s ON s.id = n."sessionId", ${tsquery} query
        ${noteWhere}
        ORDER BY rank DESC, s."startsAt" DESC, n.id DESC
        LIMIT ${limit} OFFSET ${offset}
      ) hit
      JOIN "NoteDocument" n ON n.id = hit.id JOIN "BofSession" s ON s.id = n."sessionId", ${tsquery} query
      ORDER BY hit.rank DESC, hit."startsAt" DESC, n.id DESC`,
    statements: ({ limit, offset }: Slice) => Prisma.sql`
      SELECT st.slug, st.stage, st.target, st."targetPep", st."targetBody", st."publishedAt", st."updatedAt",
             ${headlineSql(Prisma.sql`st.title`, WHOLE_TEXT_OPTIONS)} AS title,
             ${headlineSql(Prisma.sql`(st.summary || E'\n\n' || st.markdown)`, PASSAGE_OPTIONS)} AS snippet
      FROM (
        SELECT st.id, ${statementRelevance.tier} AS tier, ${statementRelevance.rank} AS rank, st.stage = 'PUBLISHED' AS "isPublished", st."updatedAt"
        FROM "Statement" st, ${tsquery} query
        ${statementWhere}
        ORDER BY tier DESC, rank DESC, "isPublished" DESC, st."updatedAt" DESC, st.id DESC
        LIMIT ${limit} OFFSET ${offset}
      ) hit
      JOIN "Statement" st ON st.id = hit.id, ${tsquery} query
      ORDER BY hit.tier DESC, hit.rank DESC, hit."isPublished" DESC, hit."updatedAt" DESC, st.id DESC`,
  };
}

import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { EMBEDDED_DATABASE_NAME } from "@/lib/database/open-database";
import { boardSql } from "@/lib/pain-points/list-pain-points";
import { anonymousActor } from "@/lib/permissions";
import { parseBoardQuery } from "@/lib/pain-points/schemas";
import { startBenchApp } from "./app-process";
import { measure, percentile, printTable, type LoadResult } from "./load";
import { seedPainPoints } from "./seed-pain-points";

/**
 * `npm run bench -- pain-points`: the board, the API and search with 100,000
 * reports. The app runs on an embedded database of its own
 * (.data/bench-pain-points), seeded once and reused by later runs.
 *
 * Anonymous pages are answered from the page cache after the first request,
 * so the signed-in rows are the ones that measure the app: every such request
 * renders the page and runs the board's page statement (its count is kept for
 * up to 15 s, see list-pain-points.ts). The SQL table measures both statements
 * on PostgreSQL alone, uncached.
 */

const REPORTS = 100_000;
const DATA_DIR = path.join(process.cwd(), ".data", "bench-pain-points");

/** Searches people would type: common and rare words, phrases, exclusions. */
const SEARCHES = [
  "numpy",
  "lustre",
  "import slow",
  "mpi4py",
  "conda activate",
  "\"metadata server\"",
  "cuda -conda",
  "spack wheel",
  "free-threaded",
  "segfault",
  "dask",
  "gpfs numpy",
  "apptainer",
  "jit numba",
  "startup time",
  "pip install",
  "gil",
  "hdf5",
  "abi",
  "slurm array jobs",
];

const BOARD_VIEWS = [
  ["default (most affected)", ""],
  ["filtered: area + filesystem + severity", "area=startup-import&filesystem=lustre&severity=blocks-work"],
  ["filtered: scheduler + install, newest", "scheduler=slurm&install=conda&sort=newest"],
  ["most discussed, page 40", "sort=discussed&page=40"],
] as const;

export async function painPointsSuite({ demoSessionCookie }: { demoSessionCookie: (baseUrl: string, name: string) => Promise<string> }) {
  const app = await startBenchApp({ DATA_DIR });
  const url = await databaseUrl();
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  try {
    await ensureReports(pool, url);
    const cookie = await demoSessionCookie(app.url, "Mia Member");
    const signedIn = { cookie };

    const http: LoadResult[] = [];
    for (const [label, query] of BOARD_VIEWS) {
      http.push(await measure({ label: `board ${label} (signed in)`, url: `${app.url}/pain-points${query ? `?${query}` : ""}`, headers: signedIn }));
    }
    http.push(await measure({ label: "board default (visitor, page cache)", url: `${app.url}/pain-points` }));
    http.push(await measure({ label: "search on the board, 20 queries (signed in)", url: `${app.url}/pain-points`, paths: SEARCHES.map((q) => `/pain-points?q=${encodeURIComponent(q)}`), headers: signedIn }));
    http.push(await measure({ label: "GET /api/v1/pain-points (signed in)", url: `${app.url}/api/v1/pain-points`, headers: signedIn }));
    http.push(await measure({ label: "GET /api/v1/pain-points filtered, limit 100", url: `${app.url}/api/v1/pain-points?filesystem=gpfs&status=confirmed&limit=100`, headers: signedIn }));
    http.push(await measure({ label: "GET /api/v1/pain-points?q= 20 queries", url: `${app.url}/api/v1/pain-points`, paths: SEARCHES.map((q) => `/api/v1/pain-points?q=${encodeURIComponent(q)}`), headers: signedIn }));
    http.push(await measure({ label: "GET /api/v1/pain-points (visitor, page cache)", url: `${app.url}/api/v1/pain-points` }));
    http.push(await measure({ label: "GET /api/v1/pain-points/{id}, 500 ids", url: `${app.url}/api/v1/pain-points`, paths: await sampleIds(pool, 500), headers: signedIn }));
    printTable(`Pain points over HTTP (${REPORTS.toLocaleString("en")} reports, production build, concurrency 20, 10 s per row after 2 s warm-up)`, http);

    const sql: LoadResult[] = [];
    const searches = SEARCHES.map((q) => `q=${encodeURIComponent(q)}`);
    for (const part of ["page", "count"] as const) {
      for (const [label, query] of BOARD_VIEWS) sql.push(await measureSql(pool, `${part}: ${label}`, part, [query]));
      sql.push(await measureSql(pool, `${part}: search, 20 queries`, part, searches));
    }
    printTable("The board's statements straight on PostgreSQL, concurrency 20, 5 s per row (the app keeps counts for up to 15 s; these are uncached)", sql);

    console.log("\nQuery plans (EXPLAIN ANALYZE, BUFFERS):");
    for (const [label, query] of [...BOARD_VIEWS.slice(0, 2), ["search “numpy” (common word)", "q=numpy"], ["search “\"metadata server\"” (phrase)", `q=${encodeURIComponent('"metadata server"')}`]] as const) {
      const statements = statementsFor(query);
      for (const [part, statement] of [["page", statements.page], ["count", statements.count]] as const) {
        const { rows } = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement.text}`, statement.values);
        console.log(`\n— ${label}: ${part}\n${rows.map((row) => `    ${row["QUERY PLAN"]}`).join("\n")}`);
      }
    }
  } finally {
    await pool.end();
    await app.stop();
  }
}

/** The running bench app's database: attaching to its cluster leaves it to the app to stop. */
async function databaseUrl() {
  const cluster = await startEmbeddedPostgres({ dataRoot: DATA_DIR });
  return cluster.urlFor(EMBEDDED_DATABASE_NAME);
}

/** Seeds the generated reports once; later runs find them and go straight to measuring. */
async function ensureReports(pool: pg.Pool, url: string) {
  const { rows } = await pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM "PainPoint" WHERE "reporterId" LIKE 'bench-%'`);
  const missing = REPORTS - rows[0]!.count;
  if (missing > 0) {
    console.log(`Seeding ${missing.toLocaleString("en")} generated pain points (once; later runs reuse them)…`);
    const result = await seedPainPoints(url, { count: missing, log: (line) => console.log(line) });
    console.log(`Seeded in ${result.seconds} s: ${result.votes.toLocaleString("en")} votes, ${result.comments.toLocaleString("en")} comments.`);
  }
  await pool.query("ANALYZE");
  const { rows: totals } = await pool.query<{ reports: number; visible: number }>(`SELECT count(*)::int AS reports, count(*) FILTER (WHERE NOT "isHidden" AND status <> 'DUPLICATE')::int AS visible FROM "PainPoint"`);
  console.log(`${totals[0]!.reports.toLocaleString("en")} reports in the database, ${totals[0]!.visible.toLocaleString("en")} on the default board.`);
}

async function sampleIds(pool: pg.Pool, count: number) {
  const { rows } = await pool.query<{ id: number }>(`SELECT id FROM "PainPoint" WHERE NOT "isHidden" AND status <> 'DUPLICATE' ORDER BY md5(id::text) LIMIT $1`, [count]);
  return rows.map((row) => `/api/v1/pain-points/${row.id}`);
}

/** The exact statements the board runs for a query string (areas are the six seeded ones). */
function statementsFor(queryString: string) {
  const params = new URLSearchParams(queryString);
  const { query } = parseBoardQuery(params, ["array-api", "packaging", "jit-performance", "concurrency", "c-api", "startup-import"]);
  const pageNumber = Number(params.get("page") ?? 1);
  const { page, count } = boardSql(anonymousActor, query, { includeHidden: false, offset: (pageNumber - 1) * 25, limit: 25 });
  // `.text` is the statement with PostgreSQL's $1, $2… placeholders.
  return { page: { text: page.text, values: page.values }, count: { text: count.text, values: count.values } };
}

/** Runs one of the board's statements for each query in turn from 20 connections. */
async function measureSql(pool: pg.Pool, label: string, part: "page" | "count", queries: string[], seconds = 5): Promise<LoadResult> {
  const statements = queries.map(statementsFor);
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const until = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const statement = statements[next++ % statements.length]![part];
      const started = performance.now();
      try {
        await pool.query(statement.text, statement.values);
        latencies.push(performance.now() - started);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: 20 }, worker));
  latencies.sort((a, b) => a - b);
  return {
    target: label,
    concurrency: 20,
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    errors,
  };
}

/**
 * `npm run bench [-- <suite>]`: load tests against a production build, printed
 * as tables. Suites:
 *   web (default)  pages and API routes at concurrency 20
 *   pain-points    the board, its API and search with 100,000 reports, and the query plans
 *   collab         live notes: 10/100/300 clients on one document, edit delivery delay,
 *                  server CPU and memory, ours against a bare Hocuspocus server
 *   statements     a consent vote's write with 50 members voting at once, beside the poll vote's
 *   live           live session tools: 300 participants on the live channel while 50 vote,
 *                  delay from a vote or a new question to its arrival at everyone
 */
import { startBenchApp } from "./app-process";
import { collabSuite } from "./collab";
import { liveSuite } from "./live";
import { measureFirstLoadJs } from "./first-load-js";
import { measure, printTable, type LoadResult } from "./load";
import { painPointsSuite } from "./pain-points";
import { statementsSuite } from "./statements";

const suites: Record<string, () => Promise<void>> = {
  async web() {
    const app = await startBenchApp();
    try {
      const rows: LoadResult[] = [];
      for (const [label, route] of [
        ["GET / (home page)", "/"],
        ["GET /api/health", "/api/health"],
        ["GET /peps (default view)", "/peps"],
        ["GET /peps (filtered, all PEPs)", "/peps?scope=all&status=final&type=standards-track&q=python"],
        ["GET /peps/703", "/peps/703"],
        ["GET /api/v1/peps", "/api/v1/peps"],
        ["GET /api/v1/peps (filtered)", "/api/v1/peps?scope=all&status=draft&limit=100"],
        ["GET /members (visitor)", "/members"],
        ["GET /api/v1/members", "/api/v1/members"],
        ["GET /statements/<published> (visitor)", publishedStatement],
        ["GET /search (visitor, every kind)", siteSearch],
        ["GET /sessions/<demo>/notes (visitor)", sessionNotes],
        ["GET /pain-points/1 (visitor)", "/pain-points/1"],
        ["GET /glossary (visitor)", "/glossary"],
      ] as const) {
        rows.push(await measure({ label, url: `${app.url}${route}` }));
      }
      // Signed-in people get every page rendered for them: no shared copies.
      const cookie = await demoSessionCookie(app.url, "Mia Member");
      for (const [label, route] of [
        ["GET /peps (signed in)", "/peps"],
        ["GET /peps/703 (signed in)", "/peps/703"],
        ["GET /members (member)", "/members"],
        ["GET /statements/<published> (member)", publishedStatement],
        ["GET /search (member, every kind)", siteSearch],
        // Rendered for the person: the Markdown (and its glossary marks) is the page's main work.
        ["GET /sessions/<demo>/notes (member)", sessionNotes],
        ["GET /pain-points/1 (member)", "/pain-points/1"],
      ] as const) {
        rows.push(await measure({ label, url: `${app.url}${route}`, headers: { cookie } }));
      }
      printTable(`Web (production build, ${new Date().toISOString().slice(0, 16)}Z, 10 s per row after 2 s warm-up, gzip accepted)`, rows);
      console.log("\nFirst-load JavaScript (every script the HTML names, gzip -9):\n");
      for (const path of ["/", "/peps", "/peps/703"]) {
        const size = await measureFirstLoadJs(app.url, path);
        console.log(`  ${size.path.padEnd(12)} ${String(size.gzipKb).padStart(7)} kB gzip  (${size.rawKb} kB raw, ${size.files} files)`);
      }
    } finally {
      await app.stop();
    }
  },
  "pain-points": () => painPointsSuite({ demoSessionCookie }),
  collab: collabSuite,
  live: liveSuite,
  statements: statementsSuite,
};

/** The demo's published statement: its page is the one most read by people outside the group. */
const publishedStatement = "/statements/free-threaded-wheels-before-the-default-changes";

/** The demo session with the longest notes: the page that renders the most Markdown. */
const sessionNotes = "/sessions/sc25-python-for-hpc-state-of-the-ecosystem/notes";

/** Words that find PEPs, pain points, notes and statements in the demo data at once: site search's every statement runs. */
const siteSearch = "/search?q=free-threaded";

/** Signs in as a demo person through the real demo sign-in form and returns the cookie. */
async function demoSessionCookie(baseUrl: string, name: string) {
  const html = await (await fetch(`${baseUrl}/sign-in`)).text();
  const form = [...html.matchAll(/<form[^>]*action="\/sign-in\/demo"[^>]*>([\s\S]*?)<\/form>/g)].find((match) => match[1]!.includes(`Sign in as ${name}`));
  const userId = form && /name="userId" value="([^"]+)"/.exec(form[1]!)?.[1];
  if (!userId) throw new Error(`No demo person called ${name} on the sign-in page.`);
  const response = await fetch(`${baseUrl}/sign-in/demo`, { method: "POST", body: new URLSearchParams({ userId }), redirect: "manual" });
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith("authjs.session-token="));
  if (!cookie) throw new Error("The demo sign-in set no session cookie.");
  return cookie.split(";")[0]!;
}

const suite = process.argv[2] ?? "web";
const runSuite = suites[suite];
if (!runSuite) {
  console.error(`Unknown benchmark suite "${suite}". Choose one of: ${Object.keys(suites).join(", ")}.`);
  process.exit(1);
}
await runSuite();
process.exit(0);

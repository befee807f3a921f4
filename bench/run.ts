/**
 * `npm run bench [-- <suite>]`: load tests against a production build, printed
 * as tables. Suites:
 *   web (default)  pages and API routes at concurrency 20
 */
import { startBenchApp } from "./app-process";
import { measure, printTable, type LoadResult } from "./load";

const suites: Record<string, () => Promise<void>> = {
  async web() {
    const app = await startBenchApp();
    try {
      const rows: LoadResult[] = [];
      for (const [label, route] of [
        ["GET / (home page)", "/"],
        ["GET /api/health", "/api/health"],
      ] as const) {
        rows.push(await measure({ label, url: `${app.url}${route}` }));
      }
      printTable(`Web (production build, ${new Date().toISOString().slice(0, 16)}Z, 10 s per row after 2 s warm-up)`, rows);
    } finally {
      await app.stop();
    }
  },
};

const suite = process.argv[2] ?? "web";
const runSuite = suites[suite];
if (!runSuite) {
  console.error(`Unknown benchmark suite "${suite}". Choose one of: ${Object.keys(suites).join(", ")}.`);
  process.exit(1);
}
await runSuite();
process.exit(0);

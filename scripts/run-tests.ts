/**
 * `npm test`: every check, in order, against a real PostgreSQL, with one
 * production build shared by the system and browser tests.
 *
 *   lint + type-check (in parallel) → unit → integration → build → system → end-to-end
 *
 * One test PostgreSQL serves every stage (TEST_DATABASE_URL, or an embedded
 * cluster under .data/test); each stage creates and drops its own databases.
 * Every stage runs even when an earlier one failed (except those that need the
 * build), and the run ends with a table of what ran and the exit code.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { ensureProductionBuild } from "@/server/production-build";
import { startTestDatabaseServer } from "@/tests/support/test-database-server";

const root = process.cwd();
const resultsDir = path.join(root, "test-results");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

interface StageResult {
  stage: string;
  ok: boolean;
  detail: string;
  seconds: number;
}
const results: StageResult[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(1));
  });
}

async function stage(name: string, work: () => Promise<{ ok: boolean; detail: string }>) {
  console.info(`\n━━ ${name} ${"━".repeat(Math.max(0, 70 - name.length))}`);
  const started = Date.now();
  let result: { ok: boolean; detail: string };
  try {
    result = await work();
  } catch (error) {
    console.error(error);
    result = { ok: false, detail: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
  results.push({ stage: name, ...result, seconds: Math.round((Date.now() - started) / 100) / 10 });
  return result.ok;
}

/** Vitest's JSON report → "41 passed, 0 failed". */
async function vitestStage(project: string, env: Record<string, string> = {}) {
  const report = path.join(resultsDir, `vitest-${project}.json`);
  await rm(report, { force: true });
  const code = await run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], env);
  if (!existsSync(report)) return { ok: false, detail: `vitest exited with ${code} before reporting` };
  const summary = JSON.parse(await readFile(report, "utf8")) as { numTotalTests: number; numPassedTests: number; numFailedTests: number; numPendingTests: number };
  const ok = code === 0 && summary.numFailedTests === 0 && summary.numTotalTests > 0;
  return { ok, detail: `${summary.numPassedTests} passed, ${summary.numFailedTests} failed${summary.numPendingTests ? `, ${summary.numPendingTests} skipped` : ""}` };
}

async function playwrightStage(env: Record<string, string>) {
  const report = path.join(resultsDir, "e2e-report.json");
  await rm(report, { force: true });
  const code = await run(bin("playwright"), ["test"], env);
  if (!existsSync(report)) return { ok: false, detail: `playwright exited with ${code} before reporting` };
  const { stats } = JSON.parse(await readFile(report, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  const ok = code === 0 && stats.unexpected === 0 && stats.expected > 0;
  return {
    ok,
    detail: `${stats.expected} passed, ${stats.unexpected} failed${stats.flaky ? `, ${stats.flaky} flaky (passed on retry)` : ""}${stats.skipped ? `, ${stats.skipped} skipped` : ""}`,
  };
}

async function main() {
  await mkdir(resultsDir, { recursive: true });
  const started = Date.now();

  await stage("lint and type-check", async () => {
    // Route types come from the app's files; regenerate them so a stale .next cannot mislead tsc.
    const typecheck = async () => ((await run(bin("next"), ["typegen"])) === 0 ? run(bin("tsc"), ["--noEmit", "-p", "."]) : 1);
    const [lint, types] = await Promise.all([run(bin("eslint"), ["--max-warnings=0", "."]), typecheck()]);
    return { ok: lint === 0 && types === 0, detail: `eslint ${lint === 0 ? "clean" : "found problems"}, tsc ${types === 0 ? "clean" : "found errors"}` };
  });

  await stage("unit tests", () => vitestStage("unit"));

  const server = await startTestDatabaseServer();
  const stopServer = () => server.stop().catch(() => {});
  process.once("SIGINT", () => void stopServer().then(() => process.exit(130)));
  const shared = { PYHPC_TEST_SERVER_URL: server.serverUrl };
  try {
    await stage("integration tests (PostgreSQL)", () => vitestStage("integration", shared));
    const built = await stage("production build", async () => {
      const didBuild = await ensureProductionBuild(root);
      return { ok: true, detail: didBuild ? "built" : "current build reused" };
    });
    if (built) {
      await stage("system tests (npm start in a child process)", () => vitestStage("system", shared));
      await stage("end-to-end tests (Chromium)", () => playwrightStage({ ...shared, CI: process.env.CI ?? "" }));
    } else {
      results.push({ stage: "system and end-to-end tests", ok: false, detail: "not run: the build failed", seconds: 0 });
    }
  } finally {
    await stopServer();
  }

  const width = Math.max(...results.map((result) => result.stage.length));
  console.info(`\n━━ Summary ${"━".repeat(61)}`);
  for (const result of results) {
    console.info(`${result.ok ? "✔" : "✖"} ${result.stage.padEnd(width)}  ${result.detail.padEnd(44)} ${String(result.seconds).padStart(6)} s`);
  }
  const allOk = results.every((result) => result.ok);
  console.info(`\n${allOk ? "All checks passed" : "Some checks FAILED"} in ${Math.round((Date.now() - started) / 1000)} s.`);
  return allOk ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/database/embedded-postgres";

/**
 * `npm start` as a person meets it: the real bootstrap script in a child
 * process, against the production build made before this suite runs.
 */

const scratch = await mkdtemp(path.join(os.tmpdir(), "pyhpc-launcher-"));
// mkdtemp makes a private folder; PostgreSQL's system user must be able to enter it.
await chmod(scratch, 0o755);
afterAll(() => rm(scratch, { recursive: true, force: true }));

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Run {
  let output = "";
  const child = spawn(process.execPath, ["scripts/bootstrap.mjs", "start"], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? "/tmp", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(port: number, run: Run, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (run.child.exitCode !== null) throw new Error(`The app exited early:\n${run.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return (await response.json()) as { database: { status: string } };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No healthy answer within ${timeoutMs} ms:\n${run.output()}`);
}

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

describe("npm start refuses bad configuration with one clear message each", () => {
  it("names every malformed environment variable", async () => {
    const run = start({ DATABASE_URL: "mysql://db.example.org/hub", PORT: "http", SMTP_URL: "smtp://mail.example.org" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("The environment is not valid:");
    expect(run.output()).toMatch(/• DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\//);
    expect(run.output()).toMatch(/• PORT must be a port number/);
    expect(run.output()).toMatch(/• EMAIL_FROM is required when SMTP_URL is set/);
    noStackTrace(run.output());
  });

  it("refuses a real database with no way to sign in", async () => {
    const run = start({ DATABASE_URL: "postgresql://hub:secret@127.0.0.1:1/hub", AUTH_SECRET: "s".repeat(40) });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/DATABASE_URL is set but nobody could sign in: configure at least one sign-in method/);
  });

  it("says when the port is taken", async () => {
    const port = await findFreePort();
    const blocker = net.createServer().listen(port, "127.0.0.1");
    try {
      const run = start({ PORT: String(port), DATA_DIR: path.join(scratch, "taken-port") });
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(new RegExp(`Port ${port} is already in use .*PORT=${port + 1} npm start`));
      noStackTrace(run.output());
    } finally {
      blocker.close();
    }
  });

  it("says when DATABASE_URL cannot be reached", async () => {
    const run = start({
      DATABASE_URL: "postgresql://hub:secret@127.0.0.1:1/hub",
      AUTH_SECRET: "s".repeat(40),
      INSECURE_DEMO_SIGN_IN: "true",
      PORT: String(await findFreePort()),
    });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Cannot use the database at 127\.0\.0\.1:1\/hub: nothing is listening there/);
    noStackTrace(run.output());
  });

  it("says when the embedded data folder comes from another PostgreSQL version", async () => {
    const dataDir = path.join(scratch, "old-cluster");
    await mkdir(path.join(dataDir, "postgres"), { recursive: true });
    await writeFile(path.join(dataDir, "postgres", "PG_VERSION"), "16\n");
    const run = start({ DATA_DIR: dataDir, PORT: String(await findFreePort()) });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/was created by PostgreSQL 16, but this app runs PostgreSQL 18/);
    noStackTrace(run.output());
  });
});

describe("npm start on the embedded database", () => {
  it("serves, stops cleanly on Ctrl-C and finds its data again", async () => {
    const dataDir = path.join(scratch, "lifecycle");
    const port = await findFreePort();
    const first = start({ DATA_DIR: dataDir, PORT: String(port) });
    expect((await waitForHealth(port, first)).database.status).toBe("ok");
    expect(first.output()).toContain(`PyHPC Hub is running at http://localhost:${port}`);
    expect(first.output()).toMatch(/pick a demo person/);

    // Leave a mark in the database while it runs.
    const credentials = JSON.parse(await readFile(path.join(dataDir, "embedded-postgres.json"), "utf8")) as { port: number; password: string };
    const url = `postgresql://pyhpc:${encodeURIComponent(credentials.password)}@127.0.0.1:${credentials.port}/pyhpc_hub`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`UPDATE "Area" SET "name" = 'Marked by the lifecycle test' WHERE slug = 'c-api'`);
    const demoPeople = Number((await client.query(`SELECT count(*) FROM "User" WHERE "isDemo"`)).rows[0].count);
    await client.end();

    first.child.kill("SIGINT");
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain("Stopped. The data is kept for the next start.");
    await expect(new pg.Client({ connectionString: url }).connect()).rejects.toThrow();

    const second = start({ DATA_DIR: dataDir, PORT: String(port) });
    await waitForHealth(port, second);
    const again = new pg.Client({ connectionString: url });
    await again.connect();
    expect((await again.query(`SELECT name FROM "Area" WHERE slug = 'c-api'`)).rows[0].name).toBe("Marked by the lifecycle test");
    expect(Number((await again.query(`SELECT count(*) FROM "User" WHERE "isDemo"`)).rows[0].count)).toBe(demoPeople);
    await again.end();
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 240_000);
});

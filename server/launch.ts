import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isDemoSignInAllowed, setAppConfig, type AppConfig } from "@/lib/config";
import { isPortFree } from "@/lib/database/embedded-postgres";
import { applyMigrations } from "@/lib/database/migrations";
import { defaultDataRoot, describeDatabaseUrl, openDatabase, type OpenDatabase } from "@/lib/database/open-database";
import { disconnectDatabase } from "@/lib/db";
import { describeEnv, parseEnv, type Env } from "@/lib/env";
import { scheduleLapsingMemberReminders } from "@/lib/membership/remind-lapsing-members";
import { scheduleSessionEndRevisions } from "@/lib/notes/record-session-end-revisions";
import { schedulePepSync } from "@/lib/peps/schedule-pep-sync";
import { scheduleDueVoteClosing } from "@/lib/statements/close-vote";
import { scheduleVoteReminders } from "@/lib/statements/remind-voters";
import { seedDatabase } from "@/lib/seed/seed-database";
import { demoPeople } from "@/lib/seed/demo-steps";
import { StartupError } from "@/lib/startup-error";
import { startAppServer, type AppServer } from "./app-server";
import { ensureProductionBuild } from "./production-build";

export const projectRoot = fileURLToPath(new URL("..", import.meta.url));

export interface LaunchOptions {
  mode: "start" | "dev";
  /** Environment to use instead of process.env. */
  environment?: Record<string, string | undefined>;
  /** Print the banner and handle Ctrl-C (off when a test harness drives the app). */
  isInteractive?: boolean;
}

export interface RunningApp {
  url: string;
  config: AppConfig;
  stop(): Promise<void>;
}

/**
 * Everything `npm start` and `npm run dev` do after dependencies are in place:
 * validate the environment, start or reach the database, migrate, seed, build
 * when needed, and serve.
 */
export async function launch({ mode, environment = process.env, isInteractive = true }: LaunchOptions): Promise<RunningApp> {
  process.chdir(projectRoot);
  // Next.js would otherwise report usage to its makers, over a network this app must not need.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const env = validateEnvironment(environment);
  const dataRoot = env.DATA_DIR ? path.resolve(env.DATA_DIR) : defaultDataRoot;
  const isEmbedded = !env.DATABASE_URL;
  const port = env.PORT ?? 3000;
  const host = env.HOST ?? (isEmbedded ? "127.0.0.1" : "0.0.0.0");
  if (!(await isPortFree(port, host))) {
    throw new StartupError(`Port ${port} is already in use (is another copy of the app running?). Choose another with PORT, e.g. PORT=${port + 1} npm ${mode === "dev" ? "run dev" : "start"}.`);
  }

  const say = isInteractive ? (message: string) => console.info(message) : () => {};
  if (isEmbedded) say(`Starting the embedded PostgreSQL (data in ${path.relative(projectRoot, dataRoot) || dataRoot}/)…`);
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataRoot, notice: say });
  let server: AppServer | undefined;
  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) say(`Applied ${applied.length} database migration(s): ${applied.join(", ")}`);

    const config: AppConfig = {
      env,
      databaseUrl: database.url,
      isEmbeddedDatabase: isEmbedded,
      authSecret: env.AUTH_SECRET ?? (await readOrCreateAuthSecret(dataRoot)),
      isDemoSignInEnabled: isDemoSignInAllowed({ isEmbeddedDatabase: isEmbedded, env }),
    };
    setAppConfig(config);
    await seedDatabase({ withDemoData: config.isDemoSignInEnabled, log: (step) => say(`  ${step}`) });

    if (mode === "start") await ensureProductionBuild(projectRoot, say);
    server = await startAppServer({ dev: mode === "dev", port, host, dir: projectRoot, redisUrl: env.REDIS_URL, publicUrl: env.AUTH_URL });
    const url = `http://${host === "0.0.0.0" || host === "127.0.0.1" ? "localhost" : host}:${port}`;

    const stopSyncSchedule = env.PEP_SYNC_INTERVAL ? schedulePepSync(env.PEP_SYNC_INTERVAL) : async () => {};
    const stopSessionEndRevisions = scheduleSessionEndRevisions();
    const stopMemberReminders = scheduleLapsingMemberReminders();
    const stopVoteClosing = scheduleDueVoteClosing();
    const stopVoteReminders = scheduleVoteReminders();

    let isStopping = false;
    const stop = async () => {
      if (isStopping) return;
      isStopping = true;
      await Promise.all([stopSyncSchedule(), stopSessionEndRevisions(), stopMemberReminders(), stopVoteClosing(), stopVoteReminders()]);
      await server?.close();
      await disconnectDatabase();
      await database.close();
    };
    if (isInteractive) {
      printBanner({ url, config, database, mode });
      handleShutdownSignals(stop);
    }
    return { url, config, stop };
  } catch (error) {
    await server?.close().catch(() => {});
    await disconnectDatabase().catch(() => {});
    await database.close();
    throw error;
  }
}

function validateEnvironment(environment: Record<string, string | undefined>): Env {
  const parsed = parseEnv(environment);
  if (parsed.ok) return parsed.env;
  const known = new Set(describeEnv().map((variable) => variable.name));
  throw new StartupError(
    [
      "The environment is not valid:",
      ...parsed.problems.map((problem) => `  • ${problem}`),
      `See README.md, "Configuration" (variables: ${[...known].join(", ")}).`,
    ].join("\n"),
  );
}

async function readOrCreateAuthSecret(dataRoot: string) {
  const file = path.join(dataRoot, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dataRoot, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function printBanner({ url, config, database, mode }: { url: string; config: AppConfig; database: OpenDatabase; mode: string }) {
  const admin = demoPeople.find((person) => person.role === "ADMIN");
  const lines = [
    "",
    `  PyHPC Hub is running at ${url}${mode === "dev" ? " (development, hot reload)" : ""}`,
    "",
    `  Database  ${database.isEmbedded ? `embedded PostgreSQL in ${path.relative(projectRoot, database.cluster!.dataDir)} (demo data loaded)` : describeDatabaseUrl(database.url)}`,
    config.isDemoSignInEnabled
      ? `  Sign in   open ${url}/sign-in and pick a demo person — ${admin?.name} is an admin, Charlie Chair a chair`
      : `  Sign in   ${url}/sign-in`,
    "  Stop      Ctrl-C",
    "",
  ];
  console.info(lines.join("\n"));
}

function handleShutdownSignals(stop: () => Promise<void>) {
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals > 1) {
      console.info("Stopping immediately.");
      process.exit(1);
    }
    console.info(`\nStopping (${signal})… press Ctrl-C again to force.`);
    stop().then(
      () => {
        console.info("Stopped. The data is kept for the next start.");
        process.exit(0);
      },
      (error: unknown) => {
        console.error("Error while stopping:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}

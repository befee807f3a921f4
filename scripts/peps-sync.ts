// npm run peps:sync [-- --url URL | --file PATH | --snapshot]
// Loads PEP metadata in the format of https://peps.python.org/api/peps.json
// (default: that live index; the snapshot in data/peps.json when it cannot be
// reached) into DATABASE_URL or the embedded database, and prints a report.
import { setAppConfig } from "@/lib/config";
import { applyMigrations } from "@/lib/database/migrations";
import { openDatabase } from "@/lib/database/open-database";
import { disconnectDatabase } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { PepIndexError } from "@/lib/peps/pep-index";
import { LIVE_PEP_INDEX_URL, type PepIndexSource } from "@/lib/peps/read-pep-index";
import { describeSyncReport, runPepSync } from "@/lib/peps/sync-peps";
import { baselineSteps } from "@/lib/seed/baseline-steps";
import { runSeedSteps } from "@/lib/seed/run-seed-steps";
import { StartupError } from "@/lib/startup-error";
import { runCli } from "./run-cli";

function sourceFromArguments(args: string[]): PepIndexSource {
  const value = (flag: string) => {
    const index = args.indexOf(flag);
    if (index < 0) return undefined;
    const next = args[index + 1];
    if (!next || next.startsWith("--")) throw new StartupError(`${flag} needs a value.`);
    return next;
  };
  const url = value("--url");
  const file = value("--file");
  if ([url, file, args.includes("--snapshot") ? "x" : undefined].filter(Boolean).length > 1) {
    throw new StartupError("Give one source: --url URL, --file PATH or --snapshot.");
  }
  const unknown = args.filter((arg, index) => arg.startsWith("--") && !["--url", "--file", "--snapshot"].includes(arg) && args[index - 1] !== "--url");
  if (unknown.length) throw new StartupError(`Unknown option ${unknown[0]}. Use --url URL, --file PATH or --snapshot.`);
  if (file) return { kind: "file", path: file };
  if (args.includes("--snapshot")) return { kind: "snapshot" };
  return { kind: "url", url: url ?? LIVE_PEP_INDEX_URL };
}

runCli(async () => {
  const source = sourceFromArguments(process.argv.slice(2));
  const parsed = parseEnv();
  if (!parsed.ok) throw new StartupError(`The environment is not valid: ${parsed.problems.join("; ")}`);
  const database = await openDatabase({ databaseUrl: parsed.env.DATABASE_URL, dataRoot: parsed.env.DATA_DIR });
  setAppConfig({ env: parsed.env, databaseUrl: database.url, isEmbeddedDatabase: database.isEmbedded, authSecret: "", isDemoSignInEnabled: false });
  try {
    await applyMigrations(database.url);
    await runSeedSteps(baselineSteps);
    const report = await runPepSync({ actor: null, trigger: "command line", source });
    if (report.usedSnapshot && source.kind === "url") console.log("The network is unavailable: used the snapshot shipped with the app instead.");
    for (const line of describeSyncReport(report)) console.log(line);
  } catch (error) {
    if (error instanceof PepIndexError) throw new StartupError(`${error.message.replace(/\.?$/, ".")} Nothing was changed.`);
    throw error;
  } finally {
    await disconnectDatabase();
    await database.close();
  }
});

import { startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { applyMigrations } from "@/lib/database/migrations";
import { setAppConfig } from "@/lib/config";
import { parseEnv } from "@/lib/env";
import { seedDatabase } from "@/lib/seed/seed-database";
import { seedPainPoints } from "./seed-pain-points";
const cluster = await startEmbeddedPostgres({ dataRoot: ".data/seed-try" });
await cluster.createDatabaseIfMissing("seedtry");
const url = cluster.urlFor("seedtry");
await applyMigrations(url);
const env = parseEnv({}); if (!env.ok) throw new Error("env");
setAppConfig({ env: env.env, databaseUrl: url, isEmbeddedDatabase: false, authSecret: "x".repeat(32), isDemoSignInEnabled: false });
await seedDatabase({ withDemoData: false });
console.log(url);
const count = Number(process.argv[2] ?? 100_000);
console.log(await seedPainPoints(url, { count, log: console.log }));
if (process.argv[3] !== "keep") await cluster.stop();
else { console.log("running; Ctrl-C"); await new Promise(() => {}); }
process.exit(0);

// npm run db:migrate — apply pending migrations, as `prisma migrate deploy` would,
// to DATABASE_URL or to the embedded database under .data/.
import { applyMigrations } from "@/lib/database/migrations";
import { openDatabase } from "@/lib/database/open-database";
import { runCli } from "./run-cli";

runCli(async () => {
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataRoot: process.env.DATA_DIR || undefined });
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join("\n  ")}` : "The database is up to date; no migrations to apply.");
  } finally {
    await database.close();
  }
});

// npm run db:migration -- <name> — write a new migration in prisma/migrations/
// from the difference between the newest migration's schema and schema.prisma.
import { createMigration } from "@/lib/database/migrations";
import { openDatabase } from "@/lib/database/open-database";
import { StartupError } from "@/lib/startup-error";
import { runCli } from "./run-cli";

runCli(async () => {
  const name = process.argv.slice(2).join("_");
  if (!name) throw new StartupError("Name the migration: npm run db:migration -- add_pain_points");
  // The schema engine needs a live connection even to compare two schema texts.
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataRoot: process.env.DATA_DIR || undefined });
  try {
    const migration = await createMigration(database.url, name);
    if (!migration) {
      console.log("schema.prisma matches the newest migration; nothing to write.");
      return;
    }
    console.log(`Wrote ${migration.folder}/migration.sql:\n\n${migration.sql}`);
    console.log("Apply it with `npm run db:migrate` (npm start and npm test apply it too).");
  } catch (error) {
    throw error instanceof Error && !(error instanceof StartupError) ? new StartupError(error.message) : error;
  } finally {
    await database.close();
  }
});

import { afterAll, beforeEach, inject } from "vitest";
import { bumpDataVersion } from "@/lib/cache/data-version";
import { setAppConfig } from "@/lib/config";
import { db, disconnectDatabase } from "@/lib/db";
import { invalidatePepCatalog } from "@/lib/peps/pep-catalog";
import { parseEnv } from "@/lib/env";
import { testDatabaseServerAt, uniqueDatabaseName } from "./test-database-server";

// Runs in each test file's worker before its tests: a private copy of the
// migrated template database, and the app's config pointing at it.
const server = testDatabaseServerAt(inject("testServerUrl"));
const databaseName = uniqueDatabaseName("pyhpc_test");
const databaseUrl = await server.createDatabase(databaseName, { template: inject("templateDatabase") });

const parsed = parseEnv({});
if (!parsed.ok) throw new Error(parsed.problems.join("; "));
setAppConfig({ env: parsed.env, databaseUrl, isEmbeddedDatabase: false, authSecret: "integration-test-secret-integration-test", isDemoSignInEnabled: false });

// Every test starts from the empty, migrated database.
const tables = (
  await db.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
).map((row) => `"public"."${row.tablename}"`);
beforeEach(async () => {
  if ((globalThis as { keepDatabaseBetweenTests?: boolean }).keepDatabaseBetweenTests) return;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
  // Emptying the tables is a change like any other to the caches that follow the data version.
  bumpDataVersion();
  invalidatePepCatalog();
});

afterAll(async () => {
  await disconnectDatabase();
  await server.dropDatabase(databaseName);
});

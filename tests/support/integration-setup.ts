import { afterAll, inject } from "vitest";
import { setAppConfig } from "@/lib/config";
import { disconnectDatabase } from "@/lib/db";
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

afterAll(async () => {
  await disconnectDatabase();
  await server.dropDatabase(databaseName);
});

import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/database/migrations";
import { startTestDatabaseServer, uniqueDatabaseName } from "./test-database-server";

/**
 * Once per integration run: a template database with all migrations applied.
 * Each test file then gets its own copy (./integration-setup.ts), so files run
 * in parallel without seeing each other's rows.
 */
export default async function setup(project: TestProject) {
  const server = await startTestDatabaseServer();
  const template = uniqueDatabaseName("pyhpc_test_template");
  await applyMigrations(await server.createDatabase(template));
  project.provide("testServerUrl", server.serverUrl);
  project.provide("templateDatabase", template);
  return async () => {
    await server.dropDatabase(template);
    await server.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    templateDatabase: string;
  }
}

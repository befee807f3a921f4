import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { createDatabase, dropDatabase } from "@/lib/database/maintenance";
import { assertReachable } from "@/lib/database/open-database";

/**
 * The PostgreSQL server tests create their throwaway databases on:
 *   - PYHPC_TEST_SERVER_URL, set by `npm test` for everything it runs;
 *   - TEST_DATABASE_URL, a server of your own (its user needs CREATEDB);
 *   - otherwise an embedded cluster under .data/test/, started for the run.
 * Tests never touch the app's own database under .data/postgres.
 */
export interface TestDatabaseServer {
  /** URL of the server's maintenance database, for passing to child processes. */
  serverUrl: string;
  urlFor(database: string): string;
  createDatabase(name: string, options?: { template?: string }): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export const testDataRoot = path.join(process.cwd(), ".data", "test");

export async function startTestDatabaseServer(): Promise<TestDatabaseServer> {
  const given = process.env.PYHPC_TEST_SERVER_URL || process.env.TEST_DATABASE_URL;
  let cluster: EmbeddedPostgres | undefined;
  let serverUrl: string;
  if (given) {
    await assertReachable(given);
    serverUrl = given;
  } else {
    cluster = await startEmbeddedPostgres({ dataRoot: testDataRoot, notice: () => {} });
    serverUrl = cluster.urlFor("postgres");
  }
  return { ...testDatabaseServerAt(serverUrl), stop: async () => cluster?.stop() };
}

export function testDatabaseServerAt(serverUrl: string): Omit<TestDatabaseServer, "stop"> {
  const urlFor = (database: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  return {
    serverUrl,
    urlFor,
    async createDatabase(name, options = {}) {
      await dropDatabase(serverUrl, name);
      await createDatabase(serverUrl, name, options);
      return urlFor(name);
    },
    dropDatabase: (name) => dropDatabase(serverUrl, name),
  };
}

/** A database name unique to this process and moment, safe as an identifier. */
export function uniqueDatabaseName(prefix: string) {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`.toLowerCase();
}

import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { StartupError } from "@/lib/startup-error";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
export const defaultDataRoot = path.join(projectRoot, ".data");
export const EMBEDDED_DATABASE_NAME = "pyhpc_hub";

export interface OpenDatabase {
  url: string;
  isEmbedded: boolean;
  /** The running embedded cluster, when there is one. */
  cluster?: EmbeddedPostgres;
  close(): Promise<void>;
}

/**
 * The database a command works on: the server named by DATABASE_URL, or else
 * the embedded PostgreSQL under `.data/`, started for as long as the command runs.
 */
export async function openDatabase(options: { databaseUrl?: string; dataRoot?: string; notice?: (message: string) => void } = {}): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    await assertReachable(options.databaseUrl);
    return { url: options.databaseUrl, isEmbedded: false, close: async () => {} };
  }
  const cluster = await startEmbeddedPostgres({ dataRoot: options.dataRoot ?? defaultDataRoot, notice: options.notice });
  try {
    await cluster.createDatabaseIfMissing(EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return { url: cluster.urlFor(EMBEDDED_DATABASE_NAME), isEmbedded: true, cluster, close: () => cluster.stop() };
}

/** Fails with one readable sentence when the server cannot be reached or refuses us. */
export async function assertReachable(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new StartupError(`Cannot use the database at ${describeDatabaseUrl(databaseUrl)}: ${explainConnectionError(error)}.`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** host:port/database, never the password. */
export function describeDatabaseUrl(databaseUrl: string) {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

export function explainConnectionError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  switch (code) {
    case "ECONNREFUSED":
      return "nothing is listening there (is PostgreSQL running?)";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "the host name does not resolve";
    case "ETIMEDOUT":
      return "the connection timed out";
    case "28P01":
    case "28000":
      return "the user name or password was refused";
    case "3D000":
      return "that database does not exist (create it first)";
    default:
      return message?.split("\n")[0] ?? String(error);
  }
}

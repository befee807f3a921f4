import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { getAppConfig } from "@/lib/config";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Database = PrismaClient;
/** A transaction client, for use cases that take part in a caller's transaction. */
export type DatabaseTransaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createDatabaseClient(connectionString: string, options: { maxConnections?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.maxConnections ?? 10 });
  return new PrismaClient({
    adapter,
    // Secrets never leave the data layer unless a query names them explicitly.
    omit: { account: { access_token: true, refresh_token: true, id_token: true } },
    // A burst of writes serialised by one row or advisory lock (a person's comments against their rate limit) waits its turn for a connection a little longer than Prisma's default 2 s before giving up.
    transactionOptions: { maxWait: 5_000 },
  });
}

const holder = globalThis as { pyhpcDatabase?: PrismaClient };

/**
 * The app's one database client, created on first use (so that merely
 * importing a module, as `next build` does, never connects) and kept on
 * globalThis so hot reloads in development do not open new pools.
 */
export function getDatabase(): PrismaClient {
  holder.pyhpcDatabase ??= createDatabaseClient(getAppConfig().databaseUrl);
  return holder.pyhpcDatabase;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDatabase();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export async function disconnectDatabase() {
  await holder.pyhpcDatabase?.$disconnect();
  holder.pyhpcDatabase = undefined;
}

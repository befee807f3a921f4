import pg from "pg";

/**
 * Creating and dropping whole databases, through a server's maintenance
 * connection (the embedded cluster's, or a test server's).
 */
export async function withConnection<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(serverUrl: string, name: string) {
  return withConnection(serverUrl, async (client) => Boolean((await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount));
}

export async function createDatabase(serverUrl: string, name: string, options: { template?: string } = {}) {
  await withConnection(serverUrl, async (client) => {
    const template = options.template ? ` TEMPLATE ${client.escapeIdentifier(options.template)}` : "";
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${template}`);
  });
}

export async function dropDatabase(serverUrl: string, name: string) {
  await withConnection(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

/**
 * The live channel alone, in a process of its own, for the test that runs two
 * app processes against one PostgreSQL:
 *   DATABASE_URL=… PORT=… node --import tsx --import ./scripts/register-server-only.mjs tests/support/live-process.ts
 * Prints "ready" once it listens and hears PostgreSQL's notices.
 */
import { createServer } from "node:http";
import { setAppConfig } from "@/lib/config";
import { parseEnv } from "@/lib/env";
import { createLiveServer } from "@/server/live-server";

const parsed = parseEnv({});
if (!parsed.ok) throw new Error(parsed.problems.join("; "));
setAppConfig({ env: parsed.env, databaseUrl: process.env.DATABASE_URL!, isEmbeddedDatabase: false, authSecret: "live-process-secret-live-process-secret", isDemoSignInEnabled: false });

const live = createLiveServer({ connectionString: process.env.DATABASE_URL! });
const server = createServer((request, response) => {
  if (!live.handleRequest(request, response)) response.writeHead(404).end();
});
await live.hub.ready();
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.info("ready"));
process.on("SIGTERM", () => {
  void live.close().then(() => process.exit(0));
});

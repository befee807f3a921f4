/**
 * The collaboration server alone, in a process of its own, for tests that
 * kill it (SIGKILL) or run two of them against one Redis:
 *   DATABASE_URL=… PORT=… [REDIS_URL=…] node --import tsx --import ./scripts/register-server-only.mjs tests/support/collab-process.ts
 * Prints "ready" once it listens.
 */
import { createServer } from "node:http";
import { setAppConfig } from "@/lib/config";
import { parseEnv } from "@/lib/env";
import { createCollabServer } from "@/server/collab-server";

const parsed = parseEnv({ REDIS_URL: process.env.REDIS_URL });
if (!parsed.ok) throw new Error(parsed.problems.join("; "));
setAppConfig({ env: parsed.env, databaseUrl: process.env.DATABASE_URL!, isEmbeddedDatabase: false, authSecret: "collab-process-secret-collab-process", isDemoSignInEnabled: false });

const collab = createCollabServer({ redisUrl: parsed.env.REDIS_URL });
const server = createServer((_request, response) => response.writeHead(404).end());
server.on("upgrade", (request, socket, head) => {
  if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.info("ready"));
process.on("SIGTERM", () => {
  void collab.close().then(() => process.exit(0));
});

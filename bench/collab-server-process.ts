/**
 * One collaboration server in a process of its own, for `npm run bench -- collab`:
 *   COLLAB_BENCH_SERVER=ours|bare PORT=… [DATABASE_URL=…] node --import tsx --import ./scripts/register-server-only.mjs bench/collab-server-process.ts
 * Prints "ready" once it listens; SIGTERM stores the documents and exits.
 *
 * "ours" is server/collab-server.ts as the app mounts it (sign-in by cookie,
 * permissions, every update logged in PostgreSQL before it is applied).
 * "bare" is Hocuspocus with no extension at all, the reference it is compared
 * with. Each variant imports only what it needs, so the bare process carries
 * none of our modules.
 */
import { createServer } from "node:http";

const variant = process.env.COLLAB_BENCH_SERVER;
const port = Number(process.env.PORT);

if (variant === "bare") {
  const { Server } = await import("@hocuspocus/server");
  const server = new Server({ port, address: "127.0.0.1", quiet: true, stopOnSignals: false });
  await server.listen();
  console.info("ready");
  process.on("SIGTERM", () => {
    void server.destroy().then(() => process.exit(0));
  });
} else if (variant === "ours") {
  const { setAppConfig } = await import("@/lib/config");
  const { parseEnv } = await import("@/lib/env");
  const { createCollabServer } = await import("@/server/collab-server");
  const parsed = parseEnv({});
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  setAppConfig({ env: parsed.env, databaseUrl: process.env.DATABASE_URL!, isEmbeddedDatabase: false, authSecret: "collab-bench-secret-collab-bench-secret", isDemoSignInEnabled: false });
  const collab = createCollabServer();
  const server = createServer((_request, response) => response.writeHead(404).end());
  server.on("upgrade", (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
  });
  server.listen(port, "127.0.0.1", () => console.info("ready"));
  process.on("SIGTERM", () => {
    void collab.close().then(() => process.exit(0));
  });
} else {
  throw new Error(`COLLAB_BENCH_SERVER must be "ours" or "bare", not ${JSON.stringify(variant)}`);
}

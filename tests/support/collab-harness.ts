import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createCollabServer, type CollabServer } from "@/server/collab-server";

/**
 * The collaboration server on an HTTP server of its own on a free loopback
 * port, published on globalThis as the app server publishes it (use cases
 * that open direct connections find it there).
 */
export async function startCollabHarness(): Promise<{ collab: CollabServer; baseUrl: string; stop(): Promise<void> }> {
  const collab = createCollabServer();
  (globalThis as { pyhpcCollab?: CollabServer }).pyhpcCollab = collab;
  const server: Server = createServer((_request, response) => response.writeHead(404).end());
  server.on("upgrade", (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    collab,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      await collab.close();
      server.closeAllConnections();
      server.close();
    },
  };
}

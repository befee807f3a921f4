import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import next from "next";
import { StartupError } from "@/lib/startup-error";
import { createAnonymousPageCache } from "./anonymous-page-cache";
import { answerBadRequest, answerUndecodableActionsWith400, hasBrokenPercentEncoding, isPossibleActionPost } from "./bad-requests";
import { getAppConfig } from "@/lib/config";
import { createCollabServer } from "./collab-server";
import { createLiveServer } from "./live-server";

export interface AppServer {
  server: Server;
  close(): Promise<void>;
}

/**
 * One Node process, one port: Next.js pages, the API, the collaboration
 * WebSocket (live notes) and the live channel of the session tools (Server-Sent
 * Events) are all served from this HTTP server.
 */
export async function startAppServer({ dev, port, host, dir, redisUrl, publicUrl }: { dev: boolean; port: number; host: string; dir: string; redisUrl?: string; publicUrl?: string }): Promise<AppServer> {
  const app = next({ dev, dir, hostname: host, port, quiet: !dev });
  await app.prepare();
  const handle = app.getRequestHandler();

  const sockets = new Set<Socket>();
  const pageCache = createAnonymousPageCache();
  const live = createLiveServer({ connectionString: getAppConfig().databaseUrl });
  const server = createServer((request, response) => {
    if (live.handleRequest(request, response)) return;
    if (hasBrokenPercentEncoding(request.url ?? "/")) return answerBadRequest(request, response, "Its address has a broken percent-encoding (a % not followed by a valid escape).");
    if (isPossibleActionPost(request)) answerUndecodableActionsWith400(request, response);
    pageCache
      .serve(request, response, () => handle(request, response))
      .catch((error: unknown) => {
        console.error("Unhandled error while serving", request.url, error);
        if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
        response.end("Internal server error");
      });
  });
  const collab = createCollabServer({ redisUrl, publicUrl });
  // Published for Server Actions (restoring a revision edits the live document);
  // they run in this process but in Next's own module graph.
  (globalThis as { pyhpcCollab?: typeof collab }).pyhpcCollab = collab;
  const nextUpgrade = app.getUpgradeHandler();
  server.on("upgrade", (request, socket, head) => {
    if (collab.handleUpgrade(request, socket, head)) return;
    // The development server's hot reloading.
    if (dev) void nextUpgrade(request, socket, head);
    else socket.destroy();
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new StartupError(`Port ${port} is already in use (is another copy of the app running?). Choose another with PORT, e.g. PORT=${port + 1} npm start.`)
          : error.code === "EACCES"
            ? new StartupError(`Not allowed to listen on port ${port}. Choose a port above 1023 with PORT.`)
            : error,
      );
    });
    server.listen(port, host, () => resolve());
  });

  return {
    server,
    async close() {
      // Stop accepting, let requests in flight finish briefly, then cut idle
      // keep-alive connections so the process can exit.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([collab.close(), live.close()]);
      server.closeIdleConnections();
      const grace = setTimeout(() => {
        for (const socket of sockets) socket.destroy();
      }, 5_000);
      grace.unref();
      await closed;
      clearTimeout(grace);
      await app.close();
    },
  };
}

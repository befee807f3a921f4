import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { Hocuspocus } from "@hocuspocus/server";
import { AppError } from "@/lib/errors";

/** What server/collab-server.ts creates; declared here so that use cases need not import the server. */
export interface CollabServer {
  hocuspocus: Hocuspocus;
  /** Takes an HTTP upgrade on COLLAB_PATH; returns false for any other path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): Promise<void>;
}

/**
 * The collaboration server of this process. The custom HTTP server creates it
 * and publishes it on globalThis, because Server Actions run in the same
 * process but in Next's own copy of the modules.
 */
export function liveNotesServer(): CollabServer {
  const server = runningCollabServer();
  if (!server) throw new AppError("CONFLICT", "The live notes server is not running in this process.");
  return server;
}

/** The collaboration server of this process, or null where none runs (a script, a test without one). */
export function runningCollabServer(): CollabServer | null {
  return (globalThis as { pyhpcCollab?: CollabServer }).pyhpcCollab ?? null;
}

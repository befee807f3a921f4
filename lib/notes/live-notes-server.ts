import type { CollabServer } from "@/server/collab-server";
import { AppError } from "@/lib/errors";

/**
 * The collaboration server of this process. The custom HTTP server creates it
 * and publishes it on globalThis, because Server Actions run in the same
 * process but in Next's own copy of the modules.
 */
export function liveNotesServer(): CollabServer {
  const server = (globalThis as { pyhpcCollab?: CollabServer }).pyhpcCollab;
  if (!server) throw new AppError("CONFLICT", "The live notes server is not running in this process.");
  return server;
}

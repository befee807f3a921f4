import type { IncomingMessage, ServerResponse } from "node:http";
import { authorizeLiveView } from "@/lib/live/authorize-live-view";
import { createLiveHub, type LiveHub, type LiveSubscriber } from "@/lib/live/live-hub";
import { noMarks } from "@/lib/live/live-source";
import { liveSources } from "@/lib/live/live-sources";
import { loadLiveSnapshot } from "@/lib/live/load-live-snapshot";
import type { LiveMessage } from "@/lib/live/live-types";

/** Where browsers follow a session's live tools: GET /live/sessions/<slug>. */
export const LIVE_PATH_PREFIX = "/live/sessions/";

const HEARTBEAT_MS = 20_000;
/** Abilities change when a session ends (asking and voting close); a view open then is refreshed. */
const MAX_END_TIMER_MS = 24 * 60 * 60 * 1000;

export interface LiveServer {
  hub: LiveHub;
  /** Serves a live view request; returns false for any other path. */
  handleRequest(request: IncomingMessage, response: ServerResponse): boolean;
  close(): Promise<void>;
}

/**
 * The live channel of sessions' questions, polls, action items and agenda, as
 * Server-Sent Events on the app's own port. Each connection starts with a
 * snapshot of what its viewer may see, so a browser that reconnects (which
 * EventSource does by itself) has caught up; news then follows from the hub.
 */
export function createLiveServer({ connectionString }: { connectionString: string }): LiveServer {
  const hub = createLiveHub({ connectionString, sources: liveSources });
  const open = new Set<ServerResponse>();

  async function serve(request: IncomingMessage, response: ServerResponse, slug: string) {
    const access = await authorizeLiveView({ slug, cookieHeader: request.headers.cookie });
    if (!access) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("There is no such session.");
      return;
    }
    if (request.destroyed) return;
    response.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-store, no-transform",
      connection: "keep-alive",
      // Proxies such as nginx would otherwise hold the stream back.
      "x-accel-buffering": "no",
    });
    response.write("retry: 2000\n\n");
    open.add(response);

    // News that arrives while the snapshot loads waits, then follows it (versions keep the newest).
    let queue: LiveMessage[] | null = [];
    const write = (message: LiveMessage) => {
      if (queue) queue.push(message);
      else response.write(`data: ${JSON.stringify(message)}\n\n`);
    };
    const sendSnapshot = async () => {
      const { snapshot, abilities, viewer, marks } = await loadLiveSnapshot({ sources: liveSources, actor: access.actor, session: access.session });
      subscriber.viewer = viewer;
      subscriber.marks = marks;
      const waiting = queue ?? [];
      queue = null;
      response.write(`data: ${JSON.stringify({ type: "snapshot", snapshot, abilities } satisfies LiveMessage)}\n\n`);
      for (const message of waiting) write(message);
    };
    const subscriber: LiveSubscriber = {
      sessionId: access.session.id,
      viewer: { actor: access.actor, abilities: { canAsk: false, canVote: false, canModerateQuestions: false, canSeeAskers: false, canVoteInPolls: false, canManagePolls: false, canManageActionItems: false, canRunAgenda: false, canFilePainPoints: false } },
      marks: noMarks(),
      send: write,
      resync: () => {
        queue ??= [];
        sendSnapshot().catch(() => response.destroy());
      },
    };
    const unsubscribe = hub.subscribe(subscriber);
    const heartbeat = setInterval(() => response.write(": ping\n\n"), HEARTBEAT_MS);
    const untilEnd = access.session.endsAt.getTime() - Date.now();
    const atEnd = untilEnd > 0 && untilEnd < MAX_END_TIMER_MS ? setTimeout(() => subscriber.resync(), untilEnd + 500) : null;
    const stop = () => {
      unsubscribe();
      clearInterval(heartbeat);
      if (atEnd) clearTimeout(atEnd);
      open.delete(response);
    };
    response.on("close", stop);
    await sendSnapshot();
  }

  return {
    hub,
    handleRequest(request, response) {
      const { pathname } = new URL(request.url ?? "/", "http://localhost");
      if (!pathname.startsWith(LIVE_PATH_PREFIX)) return false;
      if (request.method !== "GET") {
        response.writeHead(405, { allow: "GET", "content-type": "text/plain; charset=utf-8" }).end("Only GET is served here.");
        return true;
      }
      let slug: string;
      try {
        slug = decodeURIComponent(pathname.slice(LIVE_PATH_PREFIX.length));
      } catch {
        slug = "";
      }
      serve(request, response, slug).catch((error: unknown) => {
        console.error("[live] could not open a live view", error);
        if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("The live view could not be opened.");
        else response.destroy();
      });
      return true;
    },
    async close() {
      for (const response of open) response.end();
      await hub.close();
    },
  };
}

import { request, type IncomingMessage } from "node:http";
import type { LiveMessage } from "@/lib/live/live-types";

export interface LiveClient {
  status: number;
  messages: LiveMessage[];
  /** Resolves with the first message (already received or still to come) that matches. */
  next<T extends LiveMessage>(match: (message: LiveMessage) => message is T, timeoutMs?: number): Promise<T>;
  next(match: (message: LiveMessage) => boolean, timeoutMs?: number): Promise<LiveMessage>;
  close(): void;
}

/** A Node client of the live channel, signed in by a session cookie like a browser. */
export function connectLive({ baseUrl, slug, sessionToken }: { baseUrl: string; slug: string; sessionToken?: string }): Promise<LiveClient> {
  return new Promise((resolve, reject) => {
    const messages: LiveMessage[] = [];
    const waiters: { match: (message: LiveMessage) => boolean; resolve: (message: LiveMessage) => void }[] = [];
    const req = request(`${baseUrl}/live/sessions/${encodeURIComponent(slug)}`, { headers: sessionToken ? { cookie: `authjs.session-token=${sessionToken}` } : {} }, (response: IncomingMessage) => {
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split("\n")
            .filter((line) => line.startsWith("data: "))
            .map((line) => line.slice(6))
            .join("\n");
          if (!data) continue;
          const message = JSON.parse(data) as LiveMessage;
          messages.push(message);
          for (const waiter of waiters.splice(0)) {
            if (waiter.match(message)) waiter.resolve(message);
            else waiters.push(waiter);
          }
        }
      });
      response.on("error", () => {});
      resolve({
        status: response.statusCode ?? 0,
        messages,
        next(match: (message: LiveMessage) => boolean, timeoutMs = 5_000) {
          const found = messages.find(match);
          if (found) return Promise.resolve(found);
          return new Promise<LiveMessage>((resolveMessage, rejectMessage) => {
            const timer = setTimeout(() => rejectMessage(new Error(`No matching live message within ${timeoutMs} ms; got ${JSON.stringify(messages.map((message) => message.type))}`)), timeoutMs);
            waiters.push({ match, resolve: (message) => (clearTimeout(timer), resolveMessage(message)) });
          });
        },
        close: () => req.destroy(),
      } as LiveClient);
    });
    req.on("error", reject);
    req.end();
  });
}

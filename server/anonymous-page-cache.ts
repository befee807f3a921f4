import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { currentDataVersion } from "@/lib/cache/data-version";

/**
 * A short-lived cache of whole pages for anonymous visitors, in front of
 * Next.js. Most visitors are not signed in and see exactly the same page, and
 * rendering a large page costs tens of milliseconds; serving a stored copy
 * costs well under one.
 *
 * What is cached: GET requests for documents (not the RSC requests of client
 * navigations) to the public pages and read API listed below, without a
 * session cookie, answered 200 with HTML or JSON and no Set-Cookie. Copies are kept per URL and per
 * encoding (Next.js compresses, so a copy is stored as it was sent).
 *
 * Freshness: a copy lives at most `ttlMs`, and every change made through this
 * process (any POST — Server Actions are POSTs — or a background job that
 * bumps the data version) discards all copies at once. Other processes' copies
 * age out within `ttlMs`.
 *
 * Content-Security-Policy: each render still gets a fresh nonce; the copies of
 * one render share it, as copies served by any HTTP cache do. That is safe
 * here because everything an attacker could place in a page is fixed at render
 * time — the nonce is only learned after the content it could have helped is
 * already stored.
 */

const CACHEABLE_PATHS = [
  /^\/$/,
  /^\/peps$/,
  /^\/peps\/\d{1,5}$/,
  /^\/peps\/\d{1,5}\/assessment\/history(\/\d{1,6})?$/,
  /^\/areas(\/[a-z0-9-]{1,40})?$/,
  /^\/(sessions|statements|members)$/,
  // A published statement is the page most read by people outside the group; drafts answer visitors 404 and are not stored.
  /^\/statements\/[a-z0-9-]{1,80}$/,
  /^\/api\/v1\/statements(\/[a-z0-9-]{1,80})?$/,
  /^\/api\/v1\/peps(\/\d{1,5})?$/,
  /^\/api\/v1\/pain-points(\/\d{1,9})?$/,
  /^\/api\/v1\/members$/,
  /^\/glossary(\/[a-z0-9-]{1,60}(\/history)?)?$/,
  /^\/api\/v1\/glossary(\/[a-z0-9-]{1,60})?$/,
  /^\/pain-points(\/overview|\/\d{1,9})?$/,
];

/** What may be stored: pages, and the public read API's JSON. */
const CACHEABLE_TYPES = ["text/html", "application/json"];

const VARYING_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];

interface CachedPage {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  storedAt: number;
  dataVersion: number;
}

export interface AnonymousPageCache {
  serve(request: IncomingMessage, response: ServerResponse, render: () => Promise<void>): Promise<void>;
  stats(): { hits: number; misses: number; entries: number };
}

export function createAnonymousPageCache({ ttlMs = 15_000, maxEntries = 500 } = {}): AnonymousPageCache {
  const entries = new Map<string, CachedPage>();
  const inFlight = new Map<string, Promise<CachedPage | null>>();
  let hits = 0;
  let misses = 0;

  const keyFor = (request: IncomingMessage) => {
    if (request.method !== "GET") return null;
    if (VARYING_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
    const cookies = request.headers.cookie ?? "";
    if (cookies.includes(sessionCookieName(false)) || cookies.includes(sessionCookieName(true))) return null;
    const url = request.url ?? "/";
    const pathname = url.split("?")[0]!;
    if (!CACHEABLE_PATHS.some((pattern) => pattern.test(pathname))) return null;
    const encoding = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? "")) ? "gzip" : "identity";
    return `${encoding} ${url}`;
  };

  const isFresh = (page: CachedPage) => Date.now() - page.storedAt < ttlMs && page.dataVersion === currentDataVersion();

  const send = (response: ServerResponse, page: CachedPage) => {
    response.writeHead(page.status, { ...page.headers, "content-length": page.body.length, "x-page-cache": "hit" });
    response.end(page.body);
  };

  return {
    stats: () => ({ hits, misses, entries: entries.size }),
    async serve(request, response, render) {
      if (request.method !== "GET" && request.method !== "HEAD" && request.method !== "OPTIONS") {
        // A change is being made: no copy may outlive it.
        entries.clear();
      }
      const key = keyFor(request);
      if (!key) return render();

      const cached = entries.get(key);
      if (cached && isFresh(cached)) {
        hits++;
        return send(response, cached);
      }
      const pending = inFlight.get(key);
      if (pending) {
        const page = await pending;
        if (page) {
          hits++;
          return send(response, page);
        }
        return render();
      }

      misses++;
      const dataVersion = currentDataVersion();
      const capture = captureResponse(response);
      const stored = (async () => {
        await render();
        await capture.finished;
        const page = capture.result();
        const type = String(page?.headers["content-type"] ?? "");
        if (!page || page.status !== 200 || !CACHEABLE_TYPES.some((cacheable) => type.startsWith(cacheable)) || page.headers["set-cookie"]) return null;
        const entry: CachedPage = { ...page, storedAt: Date.now(), dataVersion };
        if (dataVersion !== currentDataVersion()) return null;
        entries.delete(key);
        entries.set(key, entry);
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
        return entry;
      })();
      inFlight.set(key, stored);
      try {
        await stored;
      } finally {
        inFlight.delete(key);
      }
    },
  };
}

/** Records what Next.js writes to a response, while it goes out as usual. */
function captureResponse(response: ServerResponse) {
  const chunks: Buffer[] = [];
  let explicitHeaders: OutgoingHttpHeaders = {};
  let isBroken = false;

  const originalWriteHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    const headers = args.find((arg, index) => index > 0 && typeof arg === "object" && arg !== null);
    if (Array.isArray(headers)) isBroken = true;
    else if (headers) explicitHeaders = { ...explicitHeaders, ...(headers as OutgoingHttpHeaders) };
    return originalWriteHead(...args);
  }) as ServerResponse["writeHead"];

  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, (typeof encoding === "string" ? encoding : "utf8") as BufferEncoding) : Buffer.from(chunk as Uint8Array));
  };
  const originalWrite = response.write.bind(response) as (...args: unknown[]) => boolean;
  response.write = ((...args: unknown[]) => {
    collect(args[0], args[1]);
    return originalWrite(...args);
  }) as ServerResponse["write"];
  const originalEnd = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((...args: unknown[]) => {
    collect(args[0], args[1]);
    return originalEnd(...args);
  }) as ServerResponse["end"];

  const finished = new Promise<void>((resolve) => {
    response.once("finish", () => resolve());
    response.once("close", () => resolve());
  });

  return {
    finished,
    result: (): Omit<CachedPage, "storedAt" | "dataVersion"> | null => {
      if (isBroken || !response.writableFinished) return null;
      const headers: OutgoingHttpHeaders = { ...response.getHeaders(), ...explicitHeaders };
      delete headers["content-length"];
      delete headers["transfer-encoding"];
      delete headers["date"];
      delete headers["connection"];
      delete headers["keep-alive"];
      return { status: response.statusCode, headers, body: Buffer.concat(chunks) };
    },
  };
}

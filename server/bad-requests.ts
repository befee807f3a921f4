import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Two kinds of request Next.js answers with 500 although the fault is the
 * request's, answered 400 here instead (the server cannot understand them):
 *
 * - a path with broken percent-encoding (`/sessions/%E0%A4%A`, `/areas/%ZZ`):
 *   Next's route matching fails to decode the dynamic segment and answers a
 *   bare "Internal Server Error";
 * - a Server Action post whose body Next cannot decode (bad or too deeply
 *   nested JSON, garbage multipart, a body of the wrong type): Next decodes it
 *   inside the same `try` that runs the action, and every error there becomes a
 *   500 with the error's digest in the Flight reply (action-handler.js).
 *   The app's own actions never throw (defineAction turns every failure into an
 *   ActionResult, unknown ones logged with a reference), so a 500 to such a post
 *   means the post could not be read. Next logs nothing of it in production;
 *   the one line logged here is all the trace there is.
 */

const badRequestMessage = "The server could not understand this request.";

/** Whether the path holds a percent sign that does not start a valid UTF-8 escape. */
export function hasBrokenPercentEncoding(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? "";
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

export function answerBadRequest(request: IncomingMessage, response: ServerResponse, detail: string) {
  const isApi = request.url?.startsWith("/api/") ?? false;
  const body = isApi ? JSON.stringify({ error: { code: "BAD_REQUEST", message: `${badRequestMessage} ${detail}` } }) : `${badRequestMessage} ${detail}\n`;
  response.writeHead(400, { "content-type": isApi ? "application/json" : "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
  response.end(body);
}

/** A post Next.js may treat as a Server Action: one with the action header, or a form post to a page (a form that works without JavaScript). */
export function isPossibleActionPost(request: IncomingMessage): boolean {
  if (request.method !== "POST" || request.url?.startsWith("/api/")) return false;
  if (request.headers["next-action"] !== undefined) return true;
  const contentType = request.headers["content-type"] ?? "";
  return contentType.startsWith("multipart/form-data") || contentType.startsWith("application/x-www-form-urlencoded");
}

/**
 * Turns a 500 answer to a Server Action post into a 400 with a one-line text,
 * before anything of the 500 (its Flight reply, its digest) is sent.
 */
export function answerUndecodableActionsWith400(request: IncomingMessage, response: ServerResponse) {
  const writeHead = response.writeHead.bind(response) as (status: number, headers?: Record<string, string>) => ServerResponse;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  let isReplaced = false;

  const replace = () => {
    if (isReplaced) return;
    isReplaced = true;
    console.warn(`Answered 400 to a post to ${request.url?.slice(0, 200)} that Next.js could not handle as a Server Action (it answered 500).`);
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
    end(`${badRequestMessage} The form's data could not be read; reload the page and try again.\n`);
  };
  const isFailing = () => isReplaced || (!response.headersSent && response.statusCode >= 500);
  // Whoever writes the dropped body may wait for its callback.
  const callBack = (args: unknown[]) => {
    const callback = args.at(-1);
    if (typeof callback === "function") process.nextTick(callback as () => void);
  };

  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (isReplaced) return response;
    if (status >= 500 && !response.headersSent) {
      replace();
      return response;
    }
    return (writeHead as (...args: unknown[]) => ServerResponse)(status, ...rest);
  }) as typeof response.writeHead;
  response.write = ((...args: unknown[]) => {
    if (!isFailing()) return write(...args);
    replace();
    callBack(args);
    return true;
  }) as typeof response.write;
  response.end = ((...args: unknown[]) => {
    if (!isFailing()) return end(...args);
    replace();
    callBack(args);
    return response;
  }) as typeof response.end;
}

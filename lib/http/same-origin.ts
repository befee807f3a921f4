/**
 * Whether a state-changing request came from this site's own pages. Browsers
 * send Origin on cross-site form posts and on every WebSocket handshake; a
 * request without it (curl, a script) is not a cross-site forgery against a
 * signed-in browser. `header` reads a request header by its lower-case name,
 * so Fetch requests and Node's upgrade requests are judged alike.
 */
export function isSameOrigin(header: (name: string) => string | undefined, publicUrl?: string) {
  const origin = header("origin");
  if (!origin) return header("sec-fetch-site") !== "cross-site";
  const expected = publicUrl ? new URL(publicUrl).host : (header("x-forwarded-host") ?? header("host"));
  try {
    return new URL(origin).host === expected;
  } catch {
    return false;
  }
}

export function isSameOriginRequest(request: Request, publicUrl?: string) {
  return isSameOrigin((name) => request.headers.get(name) ?? undefined, publicUrl);
}

/**
 * Whether a state-changing request came from this site's own pages. Browsers
 * send Origin on cross-site form posts; a request without it (curl, a script)
 * is not a cross-site forgery against a signed-in browser.
 */
export function isSameOriginRequest(request: Request, publicUrl?: string) {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const expected = publicUrl ? new URL(publicUrl).host : request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === expected;
  } catch {
    return false;
  }
}

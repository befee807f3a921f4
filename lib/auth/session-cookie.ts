/**
 * The session cookie that next-auth sets after a sign-in, read here directly so
 * that pages, route handlers and the collaboration server identify people the
 * same way. Names follow next-auth: the `__Secure-` prefix over HTTPS, which
 * browsers only accept on secure connections.
 */

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** Extend a session at most once a day, not on every request. */
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

const BASE_NAME = "authjs.session-token";

export function sessionCookieName(isSecure: boolean) {
  return isSecure ? `__Secure-${BASE_NAME}` : BASE_NAME;
}

/** Over HTTPS when AUTH_URL says so, else when the proxy in front says so. */
export function isSecureRequest(headers: Headers, authUrl?: string) {
  if (authUrl) return authUrl.startsWith("https:");
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

export function readSessionToken(cookies: { get(name: string): { value: string } | undefined }): string | undefined {
  return cookies.get(sessionCookieName(true))?.value ?? cookies.get(sessionCookieName(false))?.value;
}

/** Parses a raw Cookie header (for WebSocket upgrades, which have no cookie store). */
export function sessionTokenFromCookieHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const cookies = new Map(
    header.split(";").map((part) => {
      const index = part.indexOf("=");
      return [part.slice(0, index).trim(), decodeURIComponent(part.slice(index + 1).trim())] as const;
    }),
  );
  return readSessionToken({ get: (name) => (cookies.has(name) ? { value: cookies.get(name)! } : undefined) });
}

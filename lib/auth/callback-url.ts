const here = "http://placeholder.invalid";

/**
 * Where to send someone after signing in: only a path on this site, so a
 * crafted link cannot bounce a fresh session to another origin.
 *
 * Decided on the URL as a browser will read it, not on the raw text: the
 * text is resolved against this site (dot segments, encoded dots, backslashes,
 * tabs and newlines all normalised as the URL standard does), and the result
 * must be this origin with a path that does not start with `//` or `/\` —
 * which a browser would take as another host. `/.//evil.example` passes a
 * prefix check and normalises to `//evil.example`; this refuses it.
 */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2_000 || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, here);
  } catch {
    return fallback;
  }
  if (url.origin !== here || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}

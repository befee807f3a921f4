import { getAppConfig } from "@/lib/config";

/** The site's public origin: AUTH_URL when set, else the one the request came in on. */
export function publicOrigin(request: Request) {
  const configured = getAppConfig().env.AUTH_URL;
  if (configured) return new URL(configured).origin;
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const protocol = request.headers.get("x-forwarded-proto")?.split(",")[0] ?? url.protocol.replace(":", "");
  return `${protocol}://${host}`;
}

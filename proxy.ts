import { NextResponse, type NextRequest } from "next/server";

/**
 * Sets the Content-Security-Policy of every page, with a fresh nonce that
 * Next.js puts on its own scripts: no inline script runs without it. This only
 * sets headers; who may see what is decided by lib/permissions.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const isDevelopment = process.env.NODE_ENV === "development";
  const isHttps = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const policy = contentSecurityPolicy({ nonce, isDevelopment, isHttps });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Layouts cannot see the URL; this lets them send visitors to sign in and back.
  requestHeaders.set("x-request-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (isHttps) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

/** Sign-in forms post to the app, which redirects to the identity provider: allow those origins as form targets. */
function signInOrigins() {
  const origins = new Set<string>();
  if (process.env.GITHUB_ID) origins.add("https://github.com");
  try {
    if (process.env.OIDC_ISSUER) origins.add(new URL(process.env.OIDC_ISSUER).origin);
  } catch {
    // An invalid issuer is reported at start-up; nothing to allow here.
  }
  return [...origins].join(" ");
}

export function contentSecurityPolicy({ nonce, isDevelopment, isHttps }: { nonce: string; isDevelopment: boolean; isHttps: boolean }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Server-rendered style attributes (chart bar widths and the like); they cannot run code.
    "style-src-attr 'unsafe-inline'",
    // Images from the hub only: Markdown's images from other sites are links (lib/markdown/render-markdown.ts), never fetched by a reader.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${signInOrigins()}`.trim(),
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

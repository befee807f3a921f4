import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { isSecureRequest, sessionCookieName, sessionTokenFromCookieHeader } from "@/lib/auth/session-cookie";
import { isSameOriginRequest } from "@/lib/http/same-origin";

describe("callback paths after sign-in", () => {
  it.each([
    ["/peps/703", "/peps/703"],
    ["/pain-points?area=packaging#top", "/pain-points?area=packaging#top"],
    ["https://evil.example/", "/"],
    ["//evil.example/path", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["", "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  // Shapes that pass a look at the raw prefix but normalise to a protocol-relative `//host` (or a
  // backslash the browser reads as one), found by a probe: each would send a fresh session off-site.
  it.each([
    "/.//evil.example",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/a/%2e%2e//evil.example",
    "/.\\evil.example",
    "/a/..\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n//evil.example",
    "\t//evil.example",
    " //evil.example",
    "/\u0000//evil.example",
    "\\\\evil.example",
    "http:evil.example",
    "JaVaScRiPt:alert(1)",
    "/javascript:alert(1)//",
  ])("never leaves the site: %j", (input) => {
    const path = safeCallbackPath(input);
    expect(path.startsWith("/")).toBe(true);
    expect(path.startsWith("//")).toBe(false);
    expect(path.startsWith("/\\")).toBe(false);
    // Resolved as a browser resolves a Location header, it stays on this site.
    expect(new URL(path, "https://hub.example.org/sign-in").origin).toBe("https://hub.example.org");
  });

  it("keeps an ordinary path with encoded slashes as a path", () => {
    expect(safeCallbackPath("/search?q=a%2F%2Fb")).toBe("/search?q=a%2F%2Fb");
  });

  it("falls back for non-strings", () => {
    expect(safeCallbackPath(undefined, "/admin")).toBe("/admin");
  });
});

describe("session cookie", () => {
  it("uses the __Secure- prefix only over HTTPS", () => {
    expect(sessionCookieName(true)).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName(false)).toBe("authjs.session-token");
  });

  it("decides HTTPS from AUTH_URL first, then from the proxy header", () => {
    const proxied = new Headers({ "x-forwarded-proto": "https" });
    expect(isSecureRequest(proxied)).toBe(true);
    expect(isSecureRequest(proxied, "http://localhost:3000")).toBe(false);
    expect(isSecureRequest(new Headers(), "https://hub.example.org")).toBe(true);
    expect(isSecureRequest(new Headers())).toBe(false);
  });

  it("reads the token from a raw Cookie header", () => {
    expect(sessionTokenFromCookieHeader("theme=dark; authjs.session-token=abc%3D; other=1")).toBe("abc=");
    expect(sessionTokenFromCookieHeader("__Secure-authjs.session-token=xyz")).toBe("xyz");
    expect(sessionTokenFromCookieHeader("theme=dark")).toBeUndefined();
    expect(sessionTokenFromCookieHeader(undefined)).toBeUndefined();
  });
});

describe("same-origin check for form posts", () => {
  const post = (headers: Record<string, string>) => new Request("http://localhost:3000/sign-in/demo", { method: "POST", headers });
  it("accepts this site's own pages and header-less clients", () => {
    expect(isSameOriginRequest(post({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOriginRequest(post({ host: "localhost:3000" }))).toBe(true);
  });
  it("refuses other origins", () => {
    expect(isSameOriginRequest(post({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(post({ "sec-fetch-site": "cross-site", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(post({ origin: "http://localhost:3000" }), "https://hub.example.org")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/proxy";

describe("the pages' Content-Security-Policy", () => {
  const directive = (name: string) =>
    contentSecurityPolicy({ nonce: "n0nce", isDevelopment: false, isHttps: true })
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `));

  it("admits images from the hub only, so no page makes a reader's browser fetch from a site someone linked", () => {
    expect(directive("img-src")).toBe("img-src 'self' data: blob:");
  });

  it("runs only the page's own scripts, by nonce", () => {
    expect(directive("script-src")).toBe("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(directive("object-src")).toBe("object-src 'none'");
  });
});

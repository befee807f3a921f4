import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { bumpDataVersion } from "@/lib/cache/data-version";
import { createAnonymousPageCache } from "@/server/anonymous-page-cache";

/** A stand-in for Next.js: counts renders and answers like a page would. */
async function serve(respond: (request: IncomingMessage, response: ServerResponse, render: number) => void, ttlMs = 15_000) {
  const cache = createAnonymousPageCache({ ttlMs });
  let renders = 0;
  const server = createServer((request, response) => {
    void cache.serve(request, response, async () => {
      renders++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      respond(request, response, renders);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { base, renders: () => renders, cache };
}
const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

const page = (_request: IncomingMessage, response: ServerResponse, render: number) => {
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.setHeader("content-security-policy", `script-src 'nonce-n${render}'`);
  response.end(`<p>render ${render}</p>`);
};

describe("the anonymous page cache", () => {
  it("serves a public page from one render to every anonymous visitor, headers and all", async () => {
    const { base, renders } = await serve(page);
    const first = await fetch(`${base}/peps`);
    const second = await fetch(`${base}/peps`);
    expect(await first.text()).toBe("<p>render 1</p>");
    expect(await second.text()).toBe("<p>render 1</p>");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(second.headers.get("content-security-policy")).toBe("script-src 'nonce-n1'");
    expect(renders()).toBe(1);
  });

  it("renders once for many visitors arriving together", async () => {
    const { base, renders } = await serve(page);
    const bodies = await Promise.all(Array.from({ length: 10 }, () => fetch(`${base}/peps?scope=all`).then((response) => response.text())));
    expect(new Set(bodies)).toEqual(new Set(["<p>render 1</p>"]));
    expect(renders()).toBe(1);
  });

  it("stores a statement's page and its API entry, not its versions or export", async () => {
    const { base, renders } = await serve(page);
    for (const path of ["/statements/free-threaded-wheels", "/api/v1/statements/free-threaded-wheels", "/statements/free-threaded-wheels/versions", "/statements/free-threaded-wheels/export.md"]) {
      await fetch(`${base}${path}`);
      await fetch(`${base}${path}`);
    }
    expect(renders()).toBe(1 + 1 + 2 + 2);
  });

  it("never serves a copy to signed-in people, to client navigations or for private paths", async () => {
    const { base, renders } = await serve(page);
    await fetch(`${base}/peps`);
    await fetch(`${base}/peps`, { headers: { cookie: "authjs.session-token=abc" } });
    await fetch(`${base}/peps`, { headers: { rsc: "1" } });
    await fetch(`${base}/admin/people`);
    await fetch(`${base}/admin/people`);
    await fetch(`${base}/notifications`);
    expect(renders()).toBe(6);
  });

  it("forgets everything when a change is made, or the data version moves, or time passes", async () => {
    const { base, renders } = await serve(page, 200);
    await fetch(`${base}/`);
    await fetch(`${base}/`, { method: "POST" });
    expect(await (await fetch(`${base}/`)).text()).toBe("<p>render 3</p>");
    bumpDataVersion();
    expect(await (await fetch(`${base}/`)).text()).toBe("<p>render 4</p>");
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await (await fetch(`${base}/`)).text()).toBe("<p>render 5</p>");
    expect(renders()).toBe(5);
  });

  it("does not keep errors, redirects or responses that set cookies", async () => {
    let status = 500;
    const { base, renders } = await serve((_request, response, render) => {
      if (status === 200) response.setHeader("set-cookie", "a=b");
      response.writeHead(status, { "content-type": "text/html" });
      response.end(`render ${render}`);
    });
    await fetch(`${base}/peps/1`);
    await fetch(`${base}/peps/1`);
    status = 200;
    await fetch(`${base}/peps/1`);
    await fetch(`${base}/peps/1`);
    expect(renders()).toBe(4);
  });

  it("keeps separate copies for compressed and plain answers", async () => {
    const { base, renders } = await serve(page);
    await fetch(`${base}/`, { headers: { "accept-encoding": "gzip" } });
    await fetch(`${base}/`, { headers: { "accept-encoding": "identity" } });
    await fetch(`${base}/`, { headers: { "accept-encoding": "gzip, br" } });
    expect(renders()).toBe(2);
  });
});

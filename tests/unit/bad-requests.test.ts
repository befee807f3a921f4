import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerUndecodableActionsWith400, hasBrokenPercentEncoding, isPossibleActionPost } from "@/server/bad-requests";

describe("broken percent-encoding in a path", () => {
  it.each(["/sessions/%E0%A4%A", "/areas/%ZZ", "/peps/%", "/a/%C0%AF"])("is recognised in %s", (url) => expect(hasBrokenPercentEncoding(url)).toBe(true));
  it.each(["/sessions/python-hpc", "/areas/%00", "/search?q=%ZZ", "/peps/8#%", "/a%20b"])("is not claimed of %s (the query and fragment are not the path)", (url) => expect(hasBrokenPercentEncoding(url)).toBe(false));
});

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: RequestListener) {
  server = createServer((request, response) => {
    if (isPossibleActionPost(request)) answerUndecodableActionsWith400(request, response);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const failLikeNext: RequestListener = (_request, response) => {
  response.statusCode = 500;
  response.setHeader("content-type", "text/x-component");
  response.write('0:{"a":"$@1"}\n');
  response.end('1:E{"digest":"3942066537"}\n');
};

describe("a Server Action post that Next.js answers with 500", () => {
  it("answers 400 with one line of text instead, and nothing of the 500's body", async () => {
    const url = await serve(failLikeNext);
    const response = await fetch(`${url}/pain-points/new`, { method: "POST", headers: { "next-action": "abc", "content-type": "text/plain" }, body: "{not json" });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain("could not understand");
    expect(text).not.toContain("digest");
  });

  it("leaves every other answer alone: a working action, and a 500 to a GET or to the API", async () => {
    const url = await serve((request, response) => (request.headers["x-fail"] ? failLikeNext(request, response) : response.end("ok")));
    expect((await fetch(`${url}/pain-points/new`, { method: "POST", headers: { "next-action": "abc" }, body: "[]" })).status).toBe(200);
    expect((await fetch(`${url}/pain-points`, { headers: { "x-fail": "1" } })).status).toBe(500);
    expect((await fetch(`${url}/api/v1/peps`, { method: "POST", headers: { "x-fail": "1", "content-type": "multipart/form-data; boundary=x" }, body: "x" })).status).toBe(500);
  });
});

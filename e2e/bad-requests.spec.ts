import { randomBytes, randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, createSession, database, type TestPerson } from "./support/database";

/**
 * The probe of issue 18: requests a visitor can craft by hand — control
 * characters, overlong and out-of-range values, broken percent-encoding and
 * repeated parameters in every URL parameter and path segment, and Server
 * Action posts whose bodies cannot be decoded. None may answer 5xx, and none
 * may answer 200 with the error page in place of what was asked for.
 */

const overlong = "a".repeat(10_000);
/** What goes into a query parameter, already encoded (some of them deliberately wrongly). */
const badQueryValues = ["%00", "a%00b", "%01", "%7F", overlong, "2147483648", "1e400", "-1", "NaN", "%E0%A4%A", "%", "%ZZ"];
/** What goes into a path segment. */
const badSegments = ["%00", "a%00b", "%01", overlong.slice(0, 4_000), "2147483648", "1e400", "-1", "NaN", "%E0%A4%A", "%ZZ"];

type Probe = { label: string; method: "GET" | "POST"; url: string; headers?: Record<string, string>; body?: string | Buffer; as?: "admin" };
type Outcome = { probe: Probe; status: number; isErrorPage: boolean };

/** An error boundary's page or a digest of a thrown error (Next's own not-found and redirect digests are answers, not errors). */
const errorPageMarkers = /This page could not be shown|PyHPC Hub is having trouble|data-dgst="(?!NEXT_)|\\?"digest\\?":\\?"(?!NEXT_)/;

function queryProbes(path: string, params: string[], as?: "admin"): Probe[] {
  const probes: Probe[] = [];
  const separator = path.includes("?") ? "&" : "?";
  for (const value of badQueryValues) {
    // Every parameter at once, except an overlong value, which would pass the header size limit.
    const query = value === overlong ? `${params[0]}=${value}` : params.map((param) => `${param}=${value}`).join("&");
    probes.push({ label: `${path} all=${value.slice(0, 12)}`, method: "GET", url: `${path}${separator}${query}`, as });
  }
  for (const param of params) {
    probes.push({ label: `${path} ${param}=%00`, method: "GET", url: `${path}${separator}${param}=x%00y`, as });
    probes.push({ label: `${path} ${param} repeated`, method: "GET", url: `${path}${separator}${param}=1&${param}=2&${param}[]=3&${param}=%00`, as });
  }
  return probes;
}

function segmentProbes(template: string, as?: "admin"): Probe[] {
  return badSegments.map((segment) => ({ label: `${template} ${segment.slice(0, 12)}`, method: "GET", url: template.replace("{}", segment), as }));
}

async function cookieFor(person: TestPerson) {
  const token = randomBytes(32).toString("hex");
  await database().query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, $3, now() + interval '1 day', now())`, [`e2e-session-${randomUUID()}`, token, person.id]);
  return `authjs.session-token=${token}`;
}

async function seedReport(reporter: TestPerson) {
  const title = `Bad-requests report ${randomUUID().slice(0, 8)}`;
  const { rows } = await database().query<{ id: number }>(
    `INSERT INTO "PainPoint" (title, description, severity, "reporterId", "affectedCount", "siteCount", "updatedAt", "lastActivityAt", "searchVector")
     VALUES ($1, 'Imports are slow.', 'COSTS_HOURS', $2, 1, 0, now(), now(), to_tsvector('english', $1)) RETURNING id`,
    [title, reporter.id],
  );
  return rows[0]!.id;
}

/** A real Server Action id, from the hidden field React renders into a form so that it works before JavaScript runs. */
async function actionIdFrom(request: APIRequestContext, path: string, cookie: string) {
  const html = await (await request.get(path, { headers: { cookie } })).text();
  const id = /\$ACTION_ID_([0-9a-f]{40,})/.exec(html)?.[1] ?? /(?:&quot;|")id(?:&quot;|"):(?:&quot;|")([0-9a-f]{40,})(?:&quot;|")/.exec(html)?.[1];
  expect(id, `a Server Action id on ${path}`).toBeTruthy();
  return id!;
}

function actionProbes(path: string, actionId: string): Probe[] {
  const post = (label: string, contentType: string | undefined, body: string | Buffer, id = actionId): Probe => ({
    label: `action ${label}`,
    method: "POST",
    url: path,
    headers: { "next-action": id, accept: "text/x-component", ...(contentType ? { "content-type": contentType } : {}) },
    body,
    as: "admin",
  });
  const boundary = "----probe7MA4YWxkTrZu0gW";
  return [
    post("bad JSON", "text/plain;charset=UTF-8", "{not json"),
    post("truncated JSON", "text/plain;charset=UTF-8", '["abc", {"x": '),
    post("deeply nested arrays", "text/plain;charset=UTF-8", `${"[".repeat(100_000)}${"]".repeat(100_000)}`),
    post("unclosed nesting", "text/plain;charset=UTF-8", "[".repeat(50_000)),
    post("dangling reference", "text/plain;charset=UTF-8", '["$K1", "$@7", "$Q9"]'),
    post("json content-type", "application/json", "{"),
    post("empty text body", "text/plain;charset=UTF-8", ""),
    post("NUL in JSON", "text/plain;charset=UTF-8", '["\u0000"]'),
    post("garbage multipart", `multipart/form-data; boundary=${boundary}`, Buffer.from("this is not multipart at all \u0000\u0001\u0002")),
    post("multipart without boundary", "multipart/form-data", `--${boundary}\r\nContent-Disposition: form-data; name="1"\r\n\r\nx\r\n--${boundary}--\r\n`),
    post("truncated multipart", `multipart/form-data; boundary=${boundary}`, `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"`),
    post("multipart with bad JSON field", `multipart/form-data; boundary=${boundary}`, `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n{{{\r\n--${boundary}--\r\n`),
    post("urlencoded garbage", "application/x-www-form-urlencoded", "%%%&=&%E0%A4%A"),
    post("octet-stream", "application/octet-stream", randomBytes(256)),
    post("no content-type", undefined, "[]"),
    post("unknown action id", "text/plain;charset=UTF-8", "[]", "00".repeat(21)),
    post("action id that is a path", "text/plain;charset=UTF-8", "[]", "../../etc/passwd"),
    post("overlong action id", "text/plain;charset=UTF-8", "[]", "f".repeat(8_000)),
  ];
}

async function send(request: APIRequestContext, probe: Probe, adminCookie: string): Promise<Outcome> {
  const headers = { ...probe.headers, ...(probe.as === "admin" ? { cookie: adminCookie } : {}) };
  const response = await request.fetch(probe.url, { method: probe.method, headers, data: probe.body, maxRedirects: 0, failOnStatusCode: false, timeout: 60_000 });
  const text = await response.text();
  const isErrorPage = response.status() === 200 && errorPageMarkers.test(text);
  return { probe, status: response.status(), isErrorPage };
}

test("no crafted request answers 5xx or a 200 error page", async ({ request }) => {
  test.setTimeout(600_000);
  const admin = await createPerson("admin");
  const adminCookie = await cookieFor(admin);
  const reportId = await seedReport(admin);
  const { slug } = await createSession({ minutesFromNow: [-120, -60], notes: "Probe notes." });
  const { rows: peps } = await database().query<{ number: number }>(`SELECT number FROM "Pep" ORDER BY number LIMIT 1`);
  const pep = peps[0]?.number ?? 8;
  const { rows: areas } = await database().query<{ slug: string }>(`SELECT slug FROM "Area" ORDER BY slug LIMIT 1`);
  const area = areas[0]?.slug ?? "packaging";

  const board = ["q", "sort", "area", "status", "severity", "filesystem", "scheduler", "install", "page"];
  const directory = ["q", "sort", "area", "kind", "country", "status", "page"];
  const pepList = ["q", "scope", "area", "status", "type", "topic", "python", "impact", "stance", "sort", "order", "page"];
  const probes: Probe[] = [
    ...queryProbes("/api/v1/pain-points", [...board, "limit", "cursor"]),
    ...queryProbes("/api/v1/peps", [...pepList, "limit", "cursor"]),
    ...queryProbes("/pain-points", board),
    ...queryProbes("/pain-points/export.csv", board, "admin"),
    ...queryProbes("/peps", pepList),
    ...queryProbes("/members", directory),
    ...queryProbes("/members", directory, "admin"),
    ...queryProbes("/api/v1/members", [...directory, "limit", "cursor"]),
    ...queryProbes("/peps/feed.xml", ["q", "area", "status"]),
    ...queryProbes("/search", ["q", "kind", "page"]),
    ...queryProbes("/sessions", ["page"]),
    ...queryProbes("/sessions/calendar.ics", ["scope", "session"]),
    ...queryProbes("/sign-in", ["callbackUrl", "error"]),
    ...queryProbes(`/pain-points/${reportId}`, ["reported", "edited", "merged"]),
    ...queryProbes(`/sessions/${slug}`, ["created", "edited"]),
    ...queryProbes(`/sessions/${slug}/notes/revisions`, ["revision"], "admin"),
    ...queryProbes(`/peps/${pep}/assessment/history`, ["from", "to"]),
    ...queryProbes("/admin/people", ["q", "role", "page"], "admin"),
    ...queryProbes("/admin/audit", ["action", "subjectId", "after", "limit"], "admin"),
    ...queryProbes("/notifications", ["page"], "admin"),
    ...queryProbes("/pain-points/new", ["fromQuestion", "fromDraft"], "admin"),
    ...segmentProbes("/areas/{}"),
    ...segmentProbes("/pain-points/{}"),
    ...segmentProbes("/pain-points/{}/edit", "admin"),
    ...segmentProbes("/peps/{}"),
    ...segmentProbes("/peps/{}/assessment/history"),
    ...segmentProbes(`/peps/${pep}/assessment/history/{}`),
    ...segmentProbes("/peps/{}/assessment/edit", "admin"),
    ...segmentProbes("/sessions/{}"),
    ...segmentProbes("/sessions/{}/calendar.ics"),
    ...segmentProbes("/sessions/{}/notes.md"),
    ...segmentProbes("/sessions/{}/notes"),
    ...segmentProbes("/sessions/{}/notes/revisions", "admin"),
    ...segmentProbes("/sessions/{}/speaker", "admin"),
    ...segmentProbes("/sessions/{}/edit", "admin"),
    ...segmentProbes("/api/v1/pain-points/{}"),
    ...segmentProbes("/api/v1/peps/{}"),
    ...segmentProbes("/members/{}"),
    ...queryProbes("/glossary", ["q", "community", "area"]),
    ...queryProbes("/glossary/module/history", ["from", "to"]),
    ...queryProbes("/glossary/module/change", ["kind"], "admin"),
    ...segmentProbes("/glossary/{}"),
    ...segmentProbes("/glossary/{}/history"),
    ...segmentProbes("/glossary/{}/change", "admin"),
    ...segmentProbes("/glossary/proposals/{}", "admin"),
    ...segmentProbes("/api/v1/glossary/{}"),
    ...[`/areas/${area}`, "/statements"].flatMap((path) => queryProbes(path, ["q", "page"])),
  ];

  const actionPage = "/pain-points/new";
  const actionId = await actionIdFrom(request, actionPage, adminCookie);
  probes.push(...actionProbes(actionPage, actionId));
  // Bad bodies to the routes that take a POST.
  for (const [path, contentType, body] of [
    ["/sign-in/demo", "application/x-www-form-urlencoded", "%%%&userId=%00"],
    ["/sign-in/demo", "multipart/form-data; boundary=x", "garbage"],
    ["/sign-in/demo", "application/json", "{"],
    ["/api/v1/pain-points", "application/json", "{"],
    ["/api/v1/peps", "application/json", "{"],
    ["/api/auth/callback/credentials", "application/json", "{"],
    ["/api/auth/signin/oidc", "application/x-www-form-urlencoded", "csrfToken=%00&callbackUrl=%E0%A4%A"],
  ] as const) {
    probes.push({ label: `POST ${path} ${contentType}`, method: "POST", url: path, headers: { "content-type": contentType, origin: new URL(test.info().project.use.baseURL!).origin }, body });
  }

  const outcomes: Outcome[] = [];
  const queue = [...probes];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let probe = queue.shift(); probe; probe = queue.shift()) outcomes.push(await send(request, probe, adminCookie));
    }),
  );

  const byStatus = Object.entries(outcomes.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {})).map(([status, count]) => `${status}: ${count}`);
  const serverErrors = outcomes.filter(({ status }) => status >= 500);
  const errorPages = outcomes.filter(({ isErrorPage }) => isErrorPage);
  console.log(`Bad requests tried: ${outcomes.length}; by status: ${byStatus.join(", ")}; 5xx: ${serverErrors.length}; 200 with the error page: ${errorPages.length}`);
  for (const { probe, status } of [...serverErrors, ...errorPages]) console.log(`  ${status} ${probe.method} ${probe.label.slice(0, 120)}`);

  expect(outcomes.length).toBeGreaterThanOrEqual(150);
  expect(serverErrors.map(({ probe, status }) => `${status} ${probe.label}`)).toEqual([]);
  expect(errorPages.map(({ probe }) => probe.label)).toEqual([]);
});

test("what the bad requests get instead: the filter ignored with a notice, a JSON problem, a titled not-found page, a plain 400", async ({ request }) => {
  const adminCookie = await cookieFor(await createPerson("admin"));
  const ignoredNotice = "were not understood and were ignored";
  for (const path of ["/pain-points?q=numpy%00", "/search?q=numpy%00"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).toMatch(/not understood and (was|were) ignored/);
    expect(html, path).not.toMatch(errorPageMarkers);
  }
  for (const path of ["/admin/people?q=a%00b&role=admin", "/admin/audit?action=%00&limit=1e400"]) {
    const response = await request.get(path, { headers: { cookie: adminCookie } });
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain(ignoredNotice);
  }

  const api = await request.get("/api/v1/pain-points?q=%00");
  expect(api.status()).toBe(400);
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe("INVALID_QUERY");

  for (const path of ["/areas/%00", "/sessions/a%00b", "/pain-points/2147483648"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    // The titled not-found page names what was not found ("Area not found", "Pain point #2147483648 not found").
    expect(await response.text(), path).toMatch(/<title>[^<]+ not found · PyHPC Hub<\/title>/);
  }
  expect((await request.get("/sessions/%00/calendar.ics")).status()).toBe(404);

  const broken = await request.get("/sessions/%E0%A4%A");
  expect(broken.status()).toBe(400);
  expect(await broken.text()).toContain("could not understand");
});

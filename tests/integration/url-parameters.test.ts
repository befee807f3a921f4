import { beforeAll, describe, expect, it } from "vitest";
import { GET as getPainPointRoute } from "@/app/api/v1/pain-points/[id]/route";
import { GET as listPainPointsRoute } from "@/app/api/v1/pain-points/route";
import { GET as listPepsRoute } from "@/app/api/v1/peps/route";
import { getArea, listAreaSlugs } from "@/lib/areas/get-area";
import { auditQuerySchema, listAuditEvents } from "@/lib/audit/list-audit-events";
import { readQueryFields } from "@/lib/http/list-query";
import { listPainPoints } from "@/lib/pain-points/list-pain-points";
import { parseBoardQuery } from "@/lib/pain-points/schemas";
import { anonymousActor } from "@/lib/permissions";
import { readSearchParams } from "@/lib/search/schemas";
import { searchSite } from "@/lib/search/search-site";
import { seedDatabase } from "@/lib/seed/seed-database";
import { exportSessionCalendar } from "@/lib/sessions/export-calendar";
import { getSessionForEditing } from "@/lib/sessions/get-session-for-editing";
import { listPeople, peopleQuerySchema } from "@/lib/users/list-people";
import { createPerson } from "../support/factories";
import { keepDatabaseBetweenTests } from "../support/shared-data";

/**
 * Issue 18: URL parameters a visitor types by hand. PostgreSQL text cannot hold
 * NUL, so every one of these threw from the query (HTTP 500) before the URL
 * parsing refused control characters; now the API answers 400 and the pages
 * ignore the parameter with a problem to show.
 */
keepDatabaseBetweenTests();

beforeAll(async () => {
  await seedDatabase({ withDemoData: true });
});

const request = (path: string) => new Request(`http://hub.test${path}`, { headers: { host: "hub.test" } });
const searchParams = (query: string) => new URLSearchParams(query);

describe("the read API", () => {
  it.each(["?q=%00", "?q=import%00numpy", "?q=%01", "?q=a&q=%00", "?area=%00", "?status=%00", "?sort=%00", "?cursor=%00", "?limit=%00"])("answers 400 with a problem, not 500, to /api/v1/pain-points%s", async (query) => {
    const response = await listPainPointsRoute(request(`/api/v1/pain-points${query}`));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; problems?: string[] } };
    expect(body.error.code).toMatch(/^INVALID_/);
    expect(JSON.stringify(body)).not.toContain("\u0000");
  });

  it.each(["?q=%00", "?area=%00", "?topic=%01"])("answers 400 to /api/v1/peps%s", async (query) => {
    expect((await listPepsRoute(request(`/api/v1/peps${query}`))).status).toBe(400);
  });

  it("answers 404 to a report number that is not one", async () => {
    for (const id of ["\u0000", "1\u0000", "2147483648", "-1", "NaN", "1e400"]) {
      const response = await getPainPointRoute(request(`/api/v1/pain-points/${encodeURIComponent(id)}`), { params: Promise.resolve({ id }) });
      expect(response.status).toBe(404);
    }
  });
});

describe("the board's URL parameters", () => {
  it("ignores a search with a control character, saying so, and lists the board as if none was given", async () => {
    const { query, problems } = parseBoardQuery(searchParams("q=numpy%00&status=new"), await listAreaSlugs());
    expect(query.q).toBeUndefined();
    expect(query.status).toEqual(["new"]);
    expect(problems).toEqual([expect.stringMatching(/^q: .*control character/)]);
    await expect(listPainPoints({ actor: anonymousActor, query, offset: 0, limit: 5 })).resolves.toMatchObject({ total: expect.any(Number) });
  });

  it("quotes a bad filter value without its control characters and cut short", async () => {
    const { problems } = parseBoardQuery(searchParams(`area=${"x%00".repeat(100)}`), await listAreaSlugs());
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toContain("\u0000");
    expect(problems[0]!.length).toBeLessThan(120);
  });
});

describe("site search", () => {
  it("ignores words with a control character instead of searching for them", async () => {
    const { q, problems } = readSearchParams(searchParams("q=numpy%00"));
    expect(q).toBe("");
    expect(problems).toEqual([expect.stringMatching(/^q: /)]);
    await expect(searchSite({ actor: anonymousActor, q, page: 1 })).resolves.toBeDefined();
  });
});

describe("the admin pages' parameters", () => {
  it("the people list ignores a bad parameter, keeps the good ones, and still lists", async () => {
    const admin = await createPerson({ role: "admin" });
    const { query, problems } = readQueryFields(searchParams("q=a%00b&role=admin&page=2147483648"), peopleQuerySchema);
    expect(query).toEqual({ role: "admin", page: 1 });
    expect(problems).toHaveLength(2);
    await expect(listPeople({ actor: admin.actor, query })).resolves.toMatchObject({ page: 1 });
  });

  it("the audit log ignores control characters in each filter, and an array where one value is expected takes the last", async () => {
    const admin = await createPerson({ role: "admin" });
    const { query, problems } = readQueryFields({ action: "%00\u0000", subjectId: ["x", "y\u0001"], after: "\u0000", limit: ["5", "1e400"] }, auditQuerySchema);
    expect(query).toEqual({ limit: 50 });
    expect(problems).toHaveLength(4);
    await expect(listAuditEvents({ actor: admin.actor, query })).resolves.toMatchObject({ events: expect.any(Array) });
  });
});

describe("path segments that cannot name anything", () => {
  it("an area or a session whose address holds a NUL does not exist", async () => {
    const admin = await createPerson({ role: "admin" });
    for (const slug of ["\u0000", "packaging\u0000", "a".repeat(10_000)]) {
      await expect(getArea(slug)).resolves.toBeNull();
      await expect(exportSessionCalendar({ actor: anonymousActor, slug, origin: "http://hub.test" })).resolves.toBeNull();
      await expect(getSessionForEditing({ actor: admin.actor, slug })).resolves.toBeNull();
    }
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getPainPointRoute } from "@/app/api/v1/pain-points/[id]/route";
import { GET as listPainPointsRoute } from "@/app/api/v1/pain-points/route";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { keepDatabaseBetweenTests } from "../support/shared-data";

keepDatabaseBetweenTests();

let ids: { hidden: number; duplicate: number; original: number; importStorm: number };
beforeAll(async () => {
  await seedDatabase({ withDemoData: true });
  const idOf = async (title: string) => (await db.painPoint.findFirstOrThrow({ where: { title: { contains: title } }, select: { id: true } })).id;
  ids = {
    hidden: (await db.painPoint.findFirstOrThrow({ where: { isHidden: true }, select: { id: true } })).id,
    duplicate: (await db.painPoint.findFirstOrThrow({ where: { status: "DUPLICATE" }, select: { id: true } })).id,
    original: (await db.painPoint.findFirstOrThrow({ where: { status: "DUPLICATE" }, select: { duplicateOfId: true } })).duplicateOfId!,
    importStorm: await idOf("import numpy and scipy takes over 30 s"),
  };
});

const request = (path: string) => new Request(`http://hub.test${path}`, { headers: { host: "hub.test" } });
type ListBody = { total: number; items: { id: number; reporter: string | null; status: string }[]; nextCursor: string | null; error?: { problems: string[] } };
const list = async (query: string) => {
  const response = await listPainPointsRoute(request(`/api/v1/pain-points${query}`));
  return { status: response.status, body: (await response.json()) as ListBody };
};
const getOne = (id: string) => getPainPointRoute(request(`/api/v1/pain-points/${id}`), { params: Promise.resolve({ id }) });

describe("GET /api/v1/pain-points", () => {
  it("pages through every visible report once — not merged duplicates, never the hidden one", async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const { status, body }: Awaited<ReturnType<typeof list>> = await list(`?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(status).toBe(200);
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
    } while (cursor);
    const visible = await db.painPoint.count({ where: { isHidden: false, status: { not: "DUPLICATE" } } });
    expect(seen).toHaveLength(visible);
    expect(new Set(seen).size).toBe(visible);
    expect(seen).not.toContain(ids.hidden);
    expect(seen).not.toContain(ids.duplicate);
    expect((await list("?status=duplicate")).body.items.map((item) => item.id)).toEqual([ids.duplicate]);
  });

  it("applies the board's filters and search", async () => {
    const { body } = await list("?filesystem=lustre&q=numpy");
    expect(body.items.map((item) => item.id)).toContain(ids.importStorm);
    expect(body.items.every((item) => item.status !== "duplicate")).toBe(true);
  });

  it("answers 400 with every reason for invalid parameters", async () => {
    const { status, body } = await list("?status=sleeping&limit=0&area=nowhere");
    expect(status).toBe(400);
    expect(body.error!.problems).toHaveLength(3);
    expect(body.error!.problems.join("\n")).toMatch(/sleeping/);
    expect(body.error!.problems.join("\n")).toMatch(/nowhere/);
    expect(body.error!.problems.join("\n")).toMatch(/limit/);
  });

  it("refuses a cursor from another query", async () => {
    const { body } = await list("?limit=2");
    expect((await list(`?limit=2&area=packaging&cursor=${body.nextCursor}`)).status).toBe(400);
  });
});

describe("GET /api/v1/pain-points/{id}", () => {
  it("returns the report with its comments, history and evidence summary", async () => {
    const response = await getOne(String(ids.importStorm));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id: number; evidence: { kind: string; modules: number }[]; history: unknown[]; reporter: string | null };
    expect(body).toMatchObject({ id: ids.importStorm, reporter: "Mia Member", evidence: [{ kind: "importtime", modules: expect.any(Number) }] });
    expect(body.history.length).toBeGreaterThan(0);
  });

  it("does not reveal a hidden report", async () => {
    const response = await getOne(String(ids.hidden));
    expect(response.status).toBe(404);
    expect(JSON.stringify(await response.json())).not.toMatch(/title/);
  });

  it("moves a merged duplicate permanently to its original", async () => {
    const response = await getOne(String(ids.duplicate));
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe(`/api/v1/pain-points/${ids.original}`);
  });

  it.each(["999999", "abc", "-1"])("answers 404 JSON for %s", async (raw) => {
    const response = await getOne(raw);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

describe("the OpenAPI document", () => {
  it("describes the pain-point operations with the board's parameters", async () => {
    const document = (await (await getOpenApi(request("/api/v1/openapi.json"))).json()) as {
      paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/v1/pain-points", "/api/v1/pain-points/{id}"]));
    const parameters = document.paths["/api/v1/pain-points"]!.get.parameters.map((parameter) => parameter.name);
    expect(parameters).toEqual(expect.arrayContaining(["q", "area", "status", "severity", "filesystem", "scheduler", "sort", "limit", "cursor"]));
    expect(Object.keys(document.paths["/api/v1/pain-points/{id}"]!.get.responses)).toEqual(expect.arrayContaining(["200", "301", "404"]));
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["PainPoint", "PainPointSummary", "PainPointList"]));
  });
});

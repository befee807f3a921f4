import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getPep } from "@/app/api/v1/peps/[number]/route";
import { GET as listPepsRoute } from "@/app/api/v1/peps/route";
import { GET as getFeed } from "@/app/(site)/peps/feed.xml/route";
import { db } from "@/lib/db";
import { invalidatePepCatalog } from "@/lib/peps/pep-catalog";
import { seedDatabase } from "@/lib/seed/seed-database";
import { keepDatabaseBetweenTests } from "../support/shared-data";

keepDatabaseBetweenTests();
beforeAll(async () => {
  await seedDatabase({ withDemoData: true });
  invalidatePepCatalog();
});

const request = (path: string) => new Request(`http://hub.test${path}`, { headers: { host: "hub.test" } });
const list = async (query: string) => {
  const response = await listPepsRoute(request(`/api/v1/peps${query}`));
  return { status: response.status, body: (await response.json()) as { total: number; items: { number: number }[]; nextCursor: string | null; error?: { problems: string[] } } };
};

describe("GET /api/v1/peps", () => {
  it("lists the HPC-relevant PEPs with the page's filters", async () => {
    const { status, body } = await list("?area=startup-import&status=final&limit=3");
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(3);
    expect(body.items).toHaveLength(3);
    expect(body.items[0]).toMatchObject({ hpcRelevant: true, areas: expect.arrayContaining(["startup-import"]), status: "Final", links: { html: expect.stringMatching(/^http:\/\/hub\.test\/peps\/\d+$/) } });
  });

  it("pages through everything with the cursor, each PEP once", async () => {
    const seen: number[] = [];
    let cursor: string | null = "";
    do {
      const { body }: Awaited<ReturnType<typeof list>> = await list(`?scope=all&limit=200${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...body.items.map((item) => item.number));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(737);
    expect(new Set(seen).size).toBe(737);
  });

  it("answers 400 with the reasons for invalid parameters", async () => {
    const { status, body } = await list("?status=pondering&limit=0&sort=chaos");
    expect(status).toBe(400);
    expect(body.error!.problems).toEqual(["sort “chaos” is not one of: impact, number, created, status-change, pain-points", "status “pondering” is not a known status", "limit: Too small: expected number to be >=1"]);
  });

  it("lists withdrawn, rejected and superseded PEPs after the live ones, as the tracker does and the document says", async () => {
    const closed = ["Withdrawn", "Rejected", "Superseded"];
    for (const sort of ["impact", "number", "created", "status-change", "pain-points"]) {
      for (const order of ["desc", "asc"]) {
        const response = await listPepsRoute(request(`/api/v1/peps?limit=200&sort=${sort}&order=${order}`));
        const { items } = (await response.json()) as { items: { status: string }[] };
        const firstClosed = items.findIndex((item) => closed.includes(item.status));
        expect(firstClosed, `${sort} ${order}`).toBeGreaterThan(0);
        expect(
          items.slice(firstClosed).every((item) => closed.includes(item.status)),
          `${sort} ${order}`,
        ).toBe(true);
      }
    }
    const document = (await (await getOpenApi(request("/api/v1/openapi.json"))).json()) as { paths: Record<string, { get: { parameters: { name: string; description?: string }[] } }> };
    const order = document.paths["/api/v1/peps"]!.get.parameters.find((parameter) => parameter.name === "order")!;
    expect(order.description).toContain("withdrawn, rejected and superseded PEPs come after the live ones");
  });

  it("refuses a cursor from another query", async () => {
    const { body } = await list("?scope=all&limit=5");
    const { status } = await list(`?scope=hpc&limit=5&cursor=${body.nextCursor}`);
    expect(status).toBe(400);
  });
});

describe("GET /api/v1/peps/{number}", () => {
  it("returns metadata, areas and the assessment", async () => {
    const response = await getPep(request("/api/v1/peps/810"), { params: Promise.resolve({ number: "810" }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      number: 810,
      title: "Explicit lazy imports",
      areas: ["startup-import"],
      assessment: { impact: "high", stance: "support", summaryMarkdown: expect.stringContaining("lazy") },
    });
  });

  it.each(["99999", "abc"])("answers 404 JSON for %s", async (raw) => {
    const response = await getPep(request(`/api/v1/peps/${raw}`), { params: Promise.resolve({ number: raw }) });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("describes both operations and their parameters from the validating schemas", async () => {
    const document = (await (await getOpenApi(request("/api/v1/openapi.json"))).json()) as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string; in: string }[]; responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/v1/peps", "/api/v1/peps/{number}"]));
    const parameters = document.paths["/api/v1/peps"]!.get.parameters.map((parameter) => parameter.name);
    expect(parameters).toEqual(expect.arrayContaining(["scope", "q", "area", "status", "type", "topic", "python", "impact", "stance", "sort", "order", "limit", "cursor"]));
    expect(Object.keys(document.paths["/api/v1/peps"]!.get.responses)).toEqual(["200", "400"]);
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["Pep", "PepSummary", "PepList", "Assessment", "Error"]));
  });
});

describe("GET /peps/feed.xml", () => {
  it("is an Atom feed with the required elements", async () => {
    const response = await getFeed(request("/peps/feed.xml"));
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: Record<string, unknown> & { entry: Record<string, unknown>[] } };
    const feed = parsed.feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    // RFC 4287: a feed has id, title, updated; each entry id, title, updated, and a link or content.
    for (const element of ["id", "title", "updated"]) expect(feed[element]).toBeTruthy();
    expect(feed.entry.length).toBeGreaterThan(0);
    for (const entry of feed.entry) {
      for (const element of ["id", "title", "updated"]) expect(entry[element], element).toBeTruthy();
      expect(entry.link).toBeTruthy();
      expect(Number.isNaN(Date.parse(String(entry.updated)))).toBe(false);
    }
    expect(xml).toContain("Assessment of PEP 703 updated");
  });

  it("stays well-formed whatever a summary holds, a CDATA end among it", async () => {
    const chair = await db.user.findFirstOrThrow({ where: { role: "CHAIR" }, select: { id: true } });
    const hostile = "Closes a CDATA section: ]]> and again ]]>, then <script>alert(1)</script> & `]]>` in code.";
    const revision = await db.pepAssessmentRevision.create({
      data: { pepNumber: 703, version: 9_999, areas: [], impact: "HIGH", affected: [], summary: hostile, stance: "SUPPORT", editorId: chair.id, createdAt: new Date(Date.now() + 60_000) },
    });
    try {
      const xml = await (await getFeed(request("/peps/feed.xml"))).text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const entries = new XMLParser({ ignoreAttributes: false }).parse(xml).feed.entry as { content?: { "#text": string } }[];
      const content = String(entries[0]?.content?.["#text"] ?? entries[0]?.content);
      expect(content).toContain("]]>");
      expect(content).not.toContain("<script>");
    } finally {
      await db.pepAssessmentRevision.delete({ where: { id: revision.id } });
    }
  });
});

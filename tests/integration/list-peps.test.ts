import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { invalidatePepCatalog } from "@/lib/peps/pep-catalog";
import { listPeps, parsePepListQuery, type PepListQuery } from "@/lib/peps/list-peps";
import { seedDatabase } from "@/lib/seed/seed-database";
import { keepDatabaseBetweenTests } from "../support/shared-data";

keepDatabaseBetweenTests();
const areas = ["array-api", "packaging", "jit-performance", "concurrency", "c-api", "startup-import"];
const query = (params: Record<string, string | string[]>): PepListQuery => {
  const parsed = parsePepListQuery(params, areas);
  expect(parsed.problems).toEqual([]);
  return parsed.query;
};
const numbers = async (params: Record<string, string | string[]>) => (await listPeps(query(params))).peps.map((pep) => pep.number);

beforeAll(async () => {
  await seedDatabase({ withDemoData: true });
  invalidatePepCatalog();
});

describe("browsing PEPs", () => {
  it("shows the HPC-relevant PEPs by default and all at one switch", async () => {
    const hpc = await listPeps(query({}));
    expect(hpc.total).toBe(78);
    expect(hpc.scopeCounts).toEqual({ hpc: 78, all: 737 });
    expect((await listPeps(query({ scope: "all" }))).total).toBe(737);
  });

  it("puts the highest assessed impact first", async () => {
    const [first] = (await listPeps(query({}))).peps;
    expect(first!.impact).toBe("HIGH");
  });

  it("filters by area, status, type, topic, Python version, impact and stance", async () => {
    expect(await numbers({ area: "startup-import", status: "final" })).toEqual(expect.arrayContaining([810, 3147, 451]));
    expect((await numbers({ area: "startup-import", status: "rejected" })).sort()).toEqual([690]);
    expect(await numbers({ scope: "all", type: "process", topic: "governance", python: "3.14" })).toEqual([]);
    expect((await numbers({ scope: "all", python: "3.13", area: "concurrency" })).sort()).toEqual([703]);
    expect((await numbers({ impact: "high", stance: "support" })).sort()).toEqual([725, 810]);
    expect((await numbers({ stance: ["support", "support-with-concerns"] })).sort()).toEqual([703, 725, 810, 817]);
  });

  it("counts, for each filter value, what choosing it would show", async () => {
    const result = await listPeps(query({ area: "packaging", status: "draft" }));
    const count = (key: keyof typeof result.facets, value: string) => result.facets[key].find((facet) => facet.value === value)?.count;
    // The status facet ignores the status filter but keeps the area filter…
    expect(count("status", "draft")).toBe(result.total);
    expect(count("status", "final")).toBe(await db.pep.count({ where: { isHpcRelevant: true, status: "Final", areas: { some: { areaSlug: "packaging" } } } }));
    // …and the area facet ignores the area filter but keeps the status filter.
    expect(count("area", "c-api")).toBe(await db.pep.count({ where: { isHpcRelevant: true, status: "Draft", areas: { some: { areaSlug: "c-api" } } } }));
  });

  it("finds by number, title words and author", async () => {
    expect(await numbers({ scope: "all", q: "703" })).toEqual([703]);
    expect(await numbers({ scope: "all", q: "PEP 0810" })).toEqual([810]);
    expect(await numbers({ scope: "all", q: "lazy imports" })).toEqual(expect.arrayContaining([690, 810]));
    expect(await numbers({ scope: "all", q: "gross" })).toContain(703);
    expect(await numbers({ scope: "all", q: "méndez" })).toEqual(await numbers({ scope: "all", q: "mendez" }));
    expect(await numbers({ q: "no such words anywhere" })).toEqual([]);
  });

  it("sorts by number, creation date and last status change, both ways", async () => {
    const ascending = await numbers({ scope: "all", sort: "number", order: "asc" });
    expect(ascending.slice(0, 3)).toEqual([0, 1, 2]);
    const newestFirst = (await listPeps(query({ scope: "all", sort: "created" }))).peps;
    expect(newestFirst[0]!.createdOn!.getTime()).toBeGreaterThanOrEqual(newestFirst[1]!.createdOn!.getTime());
    expect((await numbers({ sort: "status-change" })).length).toBe(78);
  });

  it("describes every value it does not understand, keeping the rest", () => {
    const { query: parsed, problems } = parsePepListQuery({ status: ["draft", "pondering"], area: "quantum", sort: "chaos", python: "three" }, areas);
    expect(parsed.status).toEqual(["draft"]);
    expect(parsed.area).toEqual([]);
    expect(parsed.sort).toBe("impact");
    expect(problems).toEqual([
      "sort “chaos” is not one of: impact, number, created, status-change, pain-points",
      "area “quantum” is not a known area",
      "status “pondering” is not a known status",
      "python “three” is not a known Python version",
    ]);
  });
});

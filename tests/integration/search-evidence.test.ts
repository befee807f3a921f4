import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { editPainPoint } from "@/lib/pain-points/edit-pain-point";
import { listPainPoints } from "@/lib/pain-points/list-pain-points";
import { reportPainPoint } from "@/lib/pain-points/report-pain-point";
import { parseBoardQuery, reportSchema, type ReportInput } from "@/lib/pain-points/schemas";
import { setPainPointHidden } from "@/lib/pain-points/set-pain-point-hidden";
import { anonymousActor, type Actor } from "@/lib/permissions";
import { snippetText } from "@/lib/search/highlights";
import { searchSite, type SiteSearchResult } from "@/lib/search/search-site";
import { demoReports } from "@/lib/seed/demo-pain-points";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createPerson } from "../support/factories";
import { keepDatabaseBetweenTests } from "../support/shared-data";

/**
 * Search reaches a report's evidence: the module names of its
 * `python -X importtime` profile, found as typed (dotted names, their packages
 * and parts), in site search and on the board alike, ranked below matches in
 * the title and the description, and only in reports the searcher may read.
 * The demo report is the seeded one; the others carry made-up words
 * ("vortexmill", "glarbcore") so that each expectation is exact.
 */

keepDatabaseBetweenTests();

const areas = ["array-api", "packaging", "jit-performance", "concurrency", "c-api", "startup-import"];
const demoTitle = demoReports[0]!.input.title;
const ids = { demo: 0, byTitle: 0, byDescription: 0, byEvidence: 0, hidden: 0, edited: 0 };
let chair: Actor = anonymousActor;

const report = (overrides: Partial<ReportInput>): ReportInput =>
  reportSchema.parse({ title: "Slow start-up on shared storage", areas: ["startup-import"], severity: "COSTS_HOURS", description: "Every rank walks sys.path before the job starts.", isReporterPublic: false, ...overrides });

const profile = (...names: string[]) => ["import time: self [us] | cumulative | imported package", ...names.map((name, index) => `import time: ${1000 + index} | ${2000 + index} | ${name}`)].join("\n");

beforeAll(async () => {
  await seedDatabase({ withDemoData: true });
  ids.demo = (await db.painPoint.findFirstOrThrow({ where: { title: demoTitle }, select: { id: true } })).id;
  const [reporter, chairPerson] = await Promise.all([createPerson(), createPerson({ role: "chair" })]);
  chair = chairPerson.actor;
  // Filed in this order so that the newest (highest id) is the weakest match: only ranking puts the title first.
  ids.byTitle = (await reportPainPoint({ actor: reporter.actor, input: report({ title: "vortexmill stalls every import" }) })).id;
  ids.byDescription = (
    await reportPainPoint({ actor: reporter.actor, input: report({ title: "Imports stall at scale", description: "The vortexmill package stalls. vortexmill again, and vortexmill once more: a long description says it often." }) })
  ).id;
  ids.byEvidence = (await reportPainPoint({ actor: reporter.actor, input: report({ title: "Start-up dominated by one extension", importTime: profile("vortexmill._speedups", "vortexmill", "glarbcore.linalg._umath_glarb") }) })).id;
  ids.hidden = (await reportPainPoint({ actor: reporter.actor, input: report({ title: "Spam with a profile", importTime: profile("hiddenglarb.sparse") }) })).id;
  await setPainPointHidden({ actor: chair, painPointId: ids.hidden, isHidden: true, reason: "Spam" });
  ids.edited = (await reportPainPoint({ actor: reporter.actor, input: report({ title: "A report whose evidence is replaced", importTime: profile("oldplinth.core") }) })).id;
  await editPainPoint({ actor: reporter.actor, id: ids.edited, expectedVersion: 1, input: report({ title: "A report whose evidence is replaced", importTime: profile("newplinth.core._impl") }) });
});

function results(result: SiteSearchResult) {
  if (result.status !== "results") throw new Error(`Expected results, got ${JSON.stringify(result)}`);
  return result;
}
const siteHits = async (q: string, actor: Actor = anonymousActor) => results(await searchSite({ actor, q })).hits["pain-points"];
const siteIds = async (q: string, actor: Actor = anonymousActor) => (await siteHits(q, actor)).map((hit) => hit.id);
const boardIds = async (params: Record<string, string>, actor: Actor = anonymousActor) => (await listPainPoints({ actor, query: parseBoardQuery(params, areas).query })).items.map((item) => item.id);

describe("the demo report's evidence", () => {
  it("is found by the module names its profile shows, as typed, in site search and on the board", async () => {
    for (const q of ["scipy.sparse._sparsetools", "sparsetools", "_sparsetools", "numpy.linalg", "numpy.linalg._umath_linalg", "scipy.sparse", "sparse", "mpi4py.MPI", "importtime", "numpy.core._multiarray_umath"]) {
      expect(await siteIds(q), q).toContain(ids.demo);
      expect(await boardIds({ q }), q).toContain(ids.demo);
    }
  });

  it("does not match module names the profile does not show", async () => {
    for (const q of ["numpy.linalg.lapack_lite", "scipy.sparse.linalg", "torch._C"]) {
      expect(await siteIds(q), q).not.toContain(ids.demo);
      expect(await boardIds({ q }), q).not.toContain(ids.demo);
    }
  });

  it("says which modules matched when only the evidence has the words", async () => {
    const [hit] = (await siteHits("sparsetools")).filter((candidate) => candidate.id === ids.demo);
    expect(hit!.evidenceMatch).toEqual({ modules: ["scipy.sparse._sparsetools"] });
    expect((await siteHits("numpy.linalg")).find((candidate) => candidate.id === ids.demo)!.evidenceMatch).toEqual({ modules: ["numpy.linalg", "numpy.linalg._umath_linalg"] });
    // The words name the kind of evidence, not a module.
    expect((await siteHits("importtime")).find((candidate) => candidate.id === ids.demo)!.evidenceMatch).toEqual({ modules: [] });
    // Words of the title: the title says why, not the evidence.
    const byTitle = (await siteHits("numpy scipy lustre")).find((candidate) => candidate.id === ids.demo)!;
    expect(byTitle.evidenceMatch).toBeNull();
    expect(byTitle.title.some((part) => part.isMatch)).toBe(true);
  });

  it("is found with words from the text and the profile together", async () => {
    const hit = (await siteHits("Lustre sparsetools")).find((candidate) => candidate.id === ids.demo)!;
    expect(hit.evidenceMatch).toEqual({ modules: ["scipy.sparse._sparsetools"] });
    expect(await boardIds({ q: "Lustre sparsetools" })).toContain(ids.demo);
  });
});

describe("ranking", () => {
  it("puts a title match above a description match above an evidence match, in site search", async () => {
    expect(await siteIds("vortexmill")).toEqual([ids.byTitle, ids.byDescription, ids.byEvidence]);
    const hits = await siteHits("vortexmill");
    expect(hits.map((hit) => hit.evidenceMatch)).toEqual([null, null, { modules: ["vortexmill._speedups", "vortexmill"] }]);
    expect(snippetText(hits[1]!.snippet)).toContain("vortexmill");
  });

  it("does the same on the board when searching, unless another order is chosen", async () => {
    expect(await boardIds({ q: "vortexmill" })).toEqual([ids.byTitle, ids.byDescription, ids.byEvidence]);
    expect(await boardIds({ q: "vortexmill", sort: "relevance" })).toEqual([ids.byTitle, ids.byDescription, ids.byEvidence]);
    expect(await boardIds({ q: "vortexmill", sort: "newest" })).toEqual([ids.byEvidence, ids.byDescription, ids.byTitle]);
    expect(parseBoardQuery({ q: "vortexmill" }, areas).query.sort).toBe("relevance");
    expect(parseBoardQuery({}, areas).query.sort).toBe("affected");
    // Best match without words is the board's own order.
    expect(await boardIds({ sort: "relevance" })).toEqual(await boardIds({}));
  });
});

describe("who finds what", () => {
  it("leaves a hidden report's evidence out for everyone, as the board does", async () => {
    for (const actor of [anonymousActor, chair]) {
      expect(await siteIds("hiddenglarb.sparse", actor)).toEqual([]);
      expect(await boardIds({ q: "hiddenglarb" }, actor)).toEqual([]);
    }
    const withHidden = await listPainPoints({ actor: chair, query: parseBoardQuery({ q: "hiddenglarb" }, areas).query, includeHidden: true });
    expect(withHidden.items.map((item) => item.id)).toEqual([ids.hidden]);
  });

  it("follows evidence that an edit replaced", async () => {
    expect(await siteIds("newplinth.core._impl")).toEqual([ids.edited]);
    expect(await siteIds("oldplinth")).toEqual([]);
  });
});

describe("the index", () => {
  it("is backfilled by the migration for reports filed before it, as the use cases write it", async () => {
    const vectors = () => db.$queryRaw<{ id: number; vector: string }[]>`SELECT id, "searchVector"::text AS vector FROM "PainPoint" ORDER BY id`;
    const written = await vectors();
    // What the vector held before: title and description only.
    await db.$executeRaw`UPDATE "PainPoint" SET "searchVector" = setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', description), 'B')`;
    expect(await siteIds("glarbcore.linalg")).toEqual([]);
    const migration = await readFile(path.join(process.cwd(), "prisma", "migrations", "20261203130500_search_reaches_evidence", "migration.sql"), "utf8");
    await db.$executeRawUnsafe(migration.slice(migration.indexOf('UPDATE "PainPoint"')));
    expect(await siteIds("glarbcore.linalg")).toEqual([ids.byEvidence]);
    expect(await siteIds("scipy.sparse._sparsetools")).toEqual([ids.demo]);
    expect(await vectors()).toEqual(written);
  });

  it("stays within a tsvector's 1 MB for the largest profile a report accepts", async () => {
    // 1 MB of distinct dotted names, as many as the paste limit allows.
    const names = Array.from({ length: 16_000 }, (_, index) => `pkg${index.toString(36)}.sub${(index * 7919).toString(36)}._mod${(index * 104729).toString(36)}`);
    const reporter = await createPerson();
    const { id } = await reportPainPoint({ actor: reporter.actor, input: report({ title: "A huge profile", importTime: profile(...names) }) });
    const [row] = await db.$queryRaw<{ size: number }[]>`SELECT pg_column_size("searchVector") AS size FROM "PainPoint" WHERE id = ${id}`;
    expect(row!.size).toBeLessThan(1_000_000);
    expect(await siteIds(names[0]!)).toEqual([id]);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { anonymousActor } from "@/lib/permissions";
import { addComment } from "@/lib/pain-points/add-comment";
import { deleteComment } from "@/lib/pain-points/delete-comment";
import { editComment } from "@/lib/pain-points/edit-comment";
import { setCommentHidden } from "@/lib/pain-points/set-comment-hidden";
import { exportPainPointsCsv } from "@/lib/pain-points/export-pain-points";
import { dismissFlag } from "@/lib/pain-points/dismiss-flag";
import { flagForChairs } from "@/lib/pain-points/flag-for-chairs";
import { listOpenFlags } from "@/lib/pain-points/list-open-flags";
import { editPainPoint } from "@/lib/pain-points/edit-pain-point";
import { getPainPointForEditing } from "@/lib/pain-points/get-pain-point-for-editing";
import { getPainPoint } from "@/lib/pain-points/get-pain-point";
import { getPainPointOverview } from "@/lib/pain-points/get-pain-point-overview";
import { listPainPoints } from "@/lib/pain-points/list-pain-points";
import { parseBoardQuery } from "@/lib/pain-points/schemas";
import { reportPainPoint } from "@/lib/pain-points/report-pain-point";
import { reportSchema, type ReportInput } from "@/lib/pain-points/schemas";
import { setAffected } from "@/lib/pain-points/set-affected";
import { changePainPointStatus } from "@/lib/pain-points/change-pain-point-status";
import { linkPainPointToPep } from "@/lib/pain-points/link-pain-point-to-pep";
import { setPainPointHidden } from "@/lib/pain-points/set-pain-point-hidden";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createPerson } from "../support/factories";

const areas = ["array-api", "packaging", "jit-performance", "concurrency", "c-api", "startup-import"];

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

const input = (overrides: Partial<ReportInput> = {}): ReportInput =>
  reportSchema.parse({
    title: "import numpy takes 40 s on 512 nodes",
    areas: ["startup-import"],
    severity: "COSTS_HOURS",
    description: "Every rank stats thousands of files on Lustre while importing numpy.",
    isReporterPublic: false,
    site: "Example Lab",
    filesystem: "lustre",
    scheduler: "slurm",
    installMethod: "conda",
    ...overrides,
  });

// "_io" is indented one level, so it is a child of numpy: the total is numpy's cumulative time.
const importTimeOutput = ["import time: self [us] | cumulative | imported package", "import time:       120 |        120 |   _io", "import time:    900000 |    1200000 | numpy"].join("\n");

async function newReport(overrides: Partial<ReportInput> = {}) {
  const reporter = await createPerson();
  const { id } = await reportPainPoint({ actor: reporter.actor, input: input(overrides) });
  return { id, reporter };
}

describe("reporting", () => {
  it("stores the report with its areas, context, parsed evidence and first history entry", async () => {
    const { id, reporter } = await newReport({ importTime: importTimeOutput, areas: ["startup-import", "packaging"] });
    const stored = await db.painPoint.findUniqueOrThrow({
      where: { id },
      include: { areas: true, evidence: true, statusChanges: true },
    });
    expect(stored).toMatchObject({ status: "NEW", reporterId: reporter.id, affectedCount: 1, siteCount: 1, filesystem: "lustre", isReporterPublic: false });
    expect(stored.areas.map((area) => area.areaSlug).sort()).toEqual(["packaging", "startup-import"]);
    expect(stored.evidence[0]).toMatchObject({ kind: "importtime", parsed: { totalUs: 1_200_000, moduleCount: 2 } });
    expect(stored.statusChanges).toMatchObject([{ fromStatus: null, toStatus: "NEW", reason: "Reported" }]);
    const [row] = await db.$queryRaw<{ matches: boolean }[]>`SELECT "searchVector" @@ websearch_to_tsquery('english', 'numpy ranks') AS matches FROM "PainPoint" WHERE id = ${id}`;
    expect(row?.matches).toBe(true);
  });

  it("refuses evidence that is not import-time output at its field, storing nothing", async () => {
    const reporter = await createPerson();
    await expect(reportPainPoint({ actor: reporter.actor, input: input({ importTime: "Traceback (most recent call last):\n  boom" }) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { importTime: [expect.stringContaining('Expected the output of "python -X importtime"')] },
    });
    expect(await db.painPoint.count()).toBe(0);
  });

  it("refuses visitors and unknown areas", async () => {
    await expect(reportPainPoint({ actor: anonymousActor, input: input() })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const reporter = await createPerson();
    await expect(reportPainPoint({ actor: reporter.actor, input: input({ areas: ["quantum"] }) })).rejects.toMatchObject({ fieldErrors: { areas: ["Unknown area: quantum."] } });
    expect(await db.painPoint.count()).toBe(0);
  });

  it("limits a person to 10 reports an hour", async () => {
    const reporter = await createPerson();
    for (let index = 0; index < 10; index++) await reportPainPoint({ actor: reporter.actor, input: input({ title: `Report number ${index} about imports` }) });
    await expect(reportPainPoint({ actor: reporter.actor, input: input() })).rejects.toMatchObject({ code: "RATE_LIMITED", message: expect.stringContaining("10 reports in the last hour") });
    expect(await db.painPoint.count()).toBe(10);
  });

  it("checks every field's size and choices", () => {
    const problems = (values: Record<string, unknown>) => {
      const result = reportSchema.safeParse({ title: "A reasonable title here", areas: ["packaging"], severity: "ANNOYANCE", description: "x".repeat(30), ...values });
      return result.success ? {} : result.error.flatten().fieldErrors;
    };
    expect(problems({ title: "" })).toHaveProperty("title");
    expect(problems({ title: "x".repeat(161) })).toHaveProperty("title");
    expect(problems({ description: "x".repeat(20_001) })).toHaveProperty("description");
    expect(problems({ areas: [] })).toHaveProperty("areas");
    expect(problems({ severity: "CATASTROPHIC" })).toHaveProperty("severity");
    expect(problems({ filesystem: "zfs" })).toHaveProperty("filesystem");
    expect(problems({ filesystem: "other:ZFS on local NVMe" })).toEqual({});
    expect(problems({ pythonVersion: "three" })).toHaveProperty("pythonVersion");
    expect(problems({ pythonVersion: "3.13t" })).toEqual({});
    expect(problems({ site: "s".repeat(121) })).toHaveProperty("site");
  });
});

describe("affects me too", () => {
  it("counts people and distinct sites, once per person, and can be taken back", async () => {
    const { id, reporter } = await newReport({ site: "Example Lab" });
    const [first, second, third] = await Promise.all([createPerson(), createPerson(), createPerson()]);
    await setAffected({ actor: first.actor, painPointId: id, isAffected: true, context: { site: "example   LAB", filesystem: "gpfs" } });
    await setAffected({ actor: second.actor, painPointId: id, isAffected: true, context: { site: "Fictional University" } });
    await setAffected({ actor: third.actor, painPointId: id, isAffected: true });
    expect(await db.painPoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ affectedCount: 4, siteCount: 2 });

    const lookup = await getPainPoint({ actor: first.actor, id });
    expect(lookup.kind === "found" && lookup.painPoint.affected).toEqual({ people: 4, sites: 2, filesystems: ["Lustre", "GPFS / Spectrum Scale"] });
    expect(lookup.kind === "found" && lookup.painPoint.myVote).toMatchObject({ filesystem: "gpfs" });

    await setAffected({ actor: second.actor, painPointId: id, isAffected: false });
    expect(await db.painPoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ affectedCount: 3, siteCount: 1 });
    await expect(setAffected({ actor: reporter.actor, painPointId: id, isAffected: true })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("leaves exactly one vote when the same person clicks many times at once", async () => {
    const { id } = await newReport();
    const person = await createPerson();
    await Promise.all(Array.from({ length: 8 }, () => setAffected({ actor: person.actor, painPointId: id, isAffected: true })));
    expect(await db.painPointVote.count({ where: { painPointId: id } })).toBe(1);
    expect((await db.painPoint.findUniqueOrThrow({ where: { id } })).affectedCount).toBe(2);
  });

  it("is for signed-in people and visible reports only", async () => {
    const { id } = await newReport();
    await expect(setAffected({ actor: anonymousActor, painPointId: id, isAffected: true })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const chair = await createPerson({ role: "chair" });
    await setPainPointHidden({ actor: chair.actor, painPointId: id, isHidden: true, reason: "Spam" });
    const person = await createPerson();
    await expect(setAffected({ actor: person.actor, painPointId: id, isAffected: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("comments", () => {
  it("are written, edited and deleted by their author only, and hidden by chairs", async () => {
    const { id } = await newReport();
    const [author, other, chair] = await Promise.all([createPerson(), createPerson(), createPerson({ role: "chair" })]);
    const { id: commentId } = await addComment({ actor: author.actor, painPointId: id, body: "Same on GPFS." });
    expect((await db.painPoint.findUniqueOrThrow({ where: { id } })).commentCount).toBe(1);

    await expect(editComment({ actor: other.actor, painPointId: id, commentId, body: "Hijacked" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteComment({ actor: other.actor, painPointId: id, commentId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await editComment({ actor: author.actor, painPointId: id, commentId, body: "Same on GPFS, with 256 nodes." });
    expect(await db.painPointComment.findUniqueOrThrow({ where: { id: commentId } })).toMatchObject({ body: "Same on GPFS, with 256 nodes.", editedAt: expect.any(Date) });

    await expect(setCommentHidden({ actor: author.actor, painPointId: id, commentId, isHidden: true, reason: "mine" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setCommentHidden({ actor: chair.actor, painPointId: id, commentId, isHidden: true, reason: "Off topic" });
    expect((await db.painPoint.findUniqueOrThrow({ where: { id } })).commentCount).toBe(0);
    const seenByOther = await getPainPoint({ actor: other.actor, id });
    expect(seenByOther.kind === "found" && seenByOther.painPoint.comments[0]).toMatchObject({ body: null, isHidden: true });
    const seenByChair = await getPainPoint({ actor: chair.actor, id });
    expect(seenByChair.kind === "found" && seenByChair.painPoint.comments[0]).toMatchObject({ body: "Same on GPFS, with 256 nodes.", hiddenReason: "Off topic" });
    expect(await db.auditLog.count({ where: { action: "comment.hide", subjectId: commentId } })).toBe(1);

    await deleteComment({ actor: author.actor, painPointId: id, commentId });
    expect(await db.painPointComment.count()).toBe(0);
  });

  it("are limited to 60 an hour per person", async () => {
    const { id } = await newReport();
    const person = await createPerson();
    await db.painPointComment.createMany({ data: Array.from({ length: 60 }, (_, index) => ({ painPointId: id, authorId: person.id, body: `comment ${index}` })) });
    await expect(addComment({ actor: person.actor, painPointId: id, body: "one more" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("triage", () => {
  it("changes status with a reason, in the history and the audit log, and tells the reporter and the affected", async () => {
    const { id, reporter } = await newReport();
    const [voter, chair] = await Promise.all([createPerson(), createPerson({ role: "chair" })]);
    await setAffected({ actor: voter.actor, painPointId: id, isAffected: true });
    await changePainPointStatus({ actor: chair.actor, painPointId: id, status: "CONFIRMED", reason: "Reproduced at two sites." });

    expect((await db.painPoint.findUniqueOrThrow({ where: { id } })).status).toBe("CONFIRMED");
    expect(await db.painPointStatusChange.findFirst({ where: { painPointId: id, toStatus: "CONFIRMED" } })).toMatchObject({ fromStatus: "NEW", reason: "Reproduced at two sites.", changedById: chair.id });
    expect(await db.auditLog.findFirst({ where: { action: "painPoint.status.change", subjectId: String(id) } })).toMatchObject({ actorId: chair.id, before: { status: "NEW" }, after: { status: "CONFIRMED" }, reason: "Reproduced at two sites." });
    const notified = (await db.notification.findMany({ where: { kind: "painPoint.status" }, select: { userId: true } })).map((row) => row.userId).sort();
    expect(notified).toEqual([reporter.id, voter.id].sort());
  });

  it.each(["user", "member"] as const)("is refused to a %s, changing nothing", async (role) => {
    const { id } = await newReport();
    const person = await createPerson({ role });
    await expect(changePainPointStatus({ actor: person.actor, painPointId: id, status: "ADDRESSED", reason: "done" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(linkPainPointToPep({ actor: person.actor, painPointId: id, pepNumber: 810 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setPainPointHidden({ actor: person.actor, painPointId: id, isHidden: true, reason: "spam" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.painPoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "NEW", isHidden: false });
    expect(await db.painPointPep.count()).toBe(0);
  });

  it("links PEPs (required before “linked to a PEP”), shown on both sides", async () => {
    const { id } = await newReport();
    const chair = await createPerson({ role: "chair" });
    await expect(changePainPointStatus({ actor: chair.actor, painPointId: id, status: "LINKED_TO_PEP", reason: "PEP 810" })).rejects.toMatchObject({ fieldErrors: { status: [expect.stringContaining("Link the PEP first")] } });
    await linkPainPointToPep({ actor: chair.actor, painPointId: id, pepNumber: 810 });
    await expect(linkPainPointToPep({ actor: chair.actor, painPointId: id, pepNumber: 810 })).rejects.toMatchObject({ fieldErrors: { pepNumber: ["PEP 810 is already linked."] } });
    await expect(linkPainPointToPep({ actor: chair.actor, painPointId: id, pepNumber: 99999 })).rejects.toMatchObject({ fieldErrors: { pepNumber: ["There is no PEP 99999."] } });
    await changePainPointStatus({ actor: chair.actor, painPointId: id, status: "LINKED_TO_PEP", reason: "Lazy imports." });
    expect(await db.pep.findUniqueOrThrow({ where: { number: 810 }, select: { painPoints: { select: { painPointId: true } } } })).toEqual({ painPoints: [{ painPointId: id }] });
  });

  it("merges a duplicate into its original without counting anyone twice", async () => {
    const original = await newReport({ site: "Site A" });
    const duplicate = await newReport({ site: "Site B" });
    const [both, onlyDuplicate, chair] = await Promise.all([createPerson(), createPerson(), createPerson({ role: "chair" })]);
    await setAffected({ actor: both.actor, painPointId: original.id, isAffected: true, context: { site: "Site C" } });
    await setAffected({ actor: both.actor, painPointId: duplicate.id, isAffected: true, context: { site: "Site C" } });
    await setAffected({ actor: onlyDuplicate.actor, painPointId: duplicate.id, isAffected: true, context: { site: "Site D" } });
    // The original's reporter also said the duplicate affects them.
    await setAffected({ actor: original.reporter.actor, painPointId: duplicate.id, isAffected: true });

    await changePainPointStatus({ actor: chair.actor, painPointId: duplicate.id, status: "DUPLICATE", reason: "Same problem.", duplicateOfId: original.id });

    // Original reporter + both + onlyDuplicate + the duplicate's reporter; sites A, B, C, D.
    expect(await db.painPoint.findUniqueOrThrow({ where: { id: original.id } })).toMatchObject({ affectedCount: 4, siteCount: 4 });
    expect((await db.painPointVote.findMany({ where: { painPointId: original.id } })).map((vote) => vote.userId).sort()).toEqual([both.id, onlyDuplicate.id, duplicate.reporter.id].sort());
    expect(await db.painPointVote.count({ where: { painPointId: duplicate.id } })).toBe(0);
    expect(await getPainPoint({ actor: both.actor, id: duplicate.id })).toEqual({ kind: "duplicate", originalId: original.id });
    expect((await listPainPoints({ actor: anonymousActor, query: parseBoardQuery({}, areas).query })).items.map((item) => item.id)).toEqual([original.id]);
  });

  it("refuses a duplicate of itself, of a duplicate, or of nothing", async () => {
    const [a, b, c] = [await newReport(), await newReport(), await newReport()];
    const chair = await createPerson({ role: "chair" });
    await expect(changePainPointStatus({ actor: chair.actor, painPointId: a.id, status: "DUPLICATE", reason: "x x x" })).rejects.toMatchObject({ fieldErrors: { duplicateOfId: expect.any(Array) } });
    await expect(changePainPointStatus({ actor: chair.actor, painPointId: a.id, status: "DUPLICATE", reason: "x x x", duplicateOfId: a.id })).rejects.toMatchObject({ fieldErrors: { duplicateOfId: ["A report cannot be a duplicate of itself."] } });
    await expect(changePainPointStatus({ actor: chair.actor, painPointId: a.id, status: "DUPLICATE", reason: "x x x", duplicateOfId: 999_999 })).rejects.toMatchObject({ fieldErrors: { duplicateOfId: ["There is no report #999999."] } });
    await changePainPointStatus({ actor: chair.actor, painPointId: b.id, status: "DUPLICATE", reason: "Same.", duplicateOfId: c.id });
    await expect(changePainPointStatus({ actor: chair.actor, painPointId: a.id, status: "DUPLICATE", reason: "Same.", duplicateOfId: b.id })).rejects.toMatchObject({ fieldErrors: { duplicateOfId: [expect.stringContaining("itself a duplicate")] } });
    expect((await db.painPoint.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("NEW");
  });
});

describe("visibility", () => {
  it("hides a report from everyone but chairs, with a reason in the audit log", async () => {
    const { id } = await newReport();
    const [person, chair] = await Promise.all([createPerson(), createPerson({ role: "chair" })]);
    await setPainPointHidden({ actor: chair.actor, painPointId: id, isHidden: true, reason: "Advertising" });
    expect((await getPainPoint({ actor: person.actor, id })).kind).toBe("missing");
    expect((await getPainPoint({ actor: anonymousActor, id })).kind).toBe("missing");
    expect((await getPainPoint({ actor: chair.actor, id })).kind).toBe("found");
    const query = parseBoardQuery({}, areas).query;
    expect((await listPainPoints({ actor: person.actor, query })).total).toBe(0);
    expect((await listPainPoints({ actor: chair.actor, query })).total).toBe(0);
    expect((await listPainPoints({ actor: chair.actor, query, includeHidden: true })).total).toBe(1);
    expect((await listPainPoints({ actor: person.actor, query, includeHidden: true })).total).toBe(0);
    expect(await db.auditLog.findFirst({ where: { action: "painPoint.hide" } })).toMatchObject({ reason: "Advertising", after: { isHidden: true } });
  });

  it("names the reporter only when they chose it — but always to chairs", async () => {
    const hidden = await newReport({ isReporterPublic: false });
    const named = await newReport({ isReporterPublic: true });
    const [person, chair] = await Promise.all([createPerson(), createPerson({ role: "chair" })]);
    const names = async (actor: typeof person.actor) =>
      Object.fromEntries((await listPainPoints({ actor, query: parseBoardQuery({}, areas).query })).items.map((item) => [item.id, item.reporterName]));
    expect(await names(person.actor)).toEqual({ [hidden.id]: null, [named.id]: named.reporter.name });
    expect(await names(chair.actor)).toEqual({ [hidden.id]: hidden.reporter.name, [named.id]: named.reporter.name });

    // Nor does the report's page give the name away through its history.
    const page = await getPainPoint({ actor: person.actor, id: hidden.id });
    if (page.kind !== "found") throw new Error("expected the report");
    expect(page.painPoint.reporterName).toBeNull();
    expect(page.painPoint.statusChanges[0]!.changedBy).toBeNull();
    expect(JSON.stringify(page)).not.toContain(hidden.reporter.name);
  });
});

describe("the board", () => {
  it("filters, searches and sorts in the database", async () => {
    const lustre = await newReport({ title: "Slow imports of numpy on Lustre", filesystem: "lustre", severity: "BLOCKS_WORK" });
    const gpfs = await newReport({ title: "pip builds mpi4py against the wrong MPI", areas: ["packaging"], filesystem: "gpfs", description: "The wheel links the wrong libmpi from conda." });
    const other = await newReport({ title: "ZFS scratch makes conda slow to activate", description: "Activating an environment takes minutes.", filesystem: "other:ZFS scratch", scheduler: "pbs" });
    const voter = await createPerson();
    await setAffected({ actor: voter.actor, painPointId: gpfs.id, isAffected: true, context: { site: "Another Site" } });
    const ids = async (params: Record<string, string | string[]>) => (await listPainPoints({ actor: anonymousActor, query: parseBoardQuery(params, areas).query })).items.map((item) => item.id);

    expect(await ids({})).toEqual([gpfs.id, other.id, lustre.id]);
    expect(await ids({ filesystem: "lustre" })).toEqual([lustre.id]);
    expect(await ids({ filesystem: "other" })).toEqual([other.id]);
    expect(await ids({ filesystem: ["gpfs", "other"], scheduler: "pbs" })).toEqual([other.id]);
    expect(await ids({ area: "packaging" })).toEqual([gpfs.id]);
    expect(await ids({ severity: "blocks-work" })).toEqual([lustre.id]);
    expect(await ids({ q: "libmpi" })).toEqual([gpfs.id]);
    expect(await ids({ q: "numpy lustre" })).toEqual([lustre.id]);
    expect(await ids({ q: "\"wrong mpi\" -numpy" })).toEqual([gpfs.id]);
    expect(await ids({ sort: "newest" })).toEqual([other.id, gpfs.id, lustre.id]);
    expect(await ids({ status: "confirmed" })).toEqual([]);
    const { total } = await listPainPoints({ actor: anonymousActor, query: parseBoardQuery({ filesystem: "gpfs" }, areas).query });
    expect(total).toBe(1);
  });

  it("exports the filtered board as CSV for chairs only", async () => {
    const { id } = await newReport({ title: "Slow imports, with a comma, and \"quotes\"" });
    const [member, chair] = await Promise.all([createPerson({ role: "member" }), createPerson({ role: "chair" })]);
    const query = parseBoardQuery({}, areas).query;
    await expect(exportPainPointsCsv({ actor: member.actor, query, siteUrl: "https://hub.test" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { csv, exported } = await exportPainPointsCsv({ actor: chair.actor, query, siteUrl: "https://hub.test" });
    expect(exported).toBe(1);
    expect(csv.split("\n")[0]).toBe("id,title,url,status,severity,areas,affected_people,affected_sites,comments,site_kind,scheduler,filesystem,install_method,python_version,linked_peps,reported,last_activity");
    expect(csv).toContain(`${id},"Slow imports, with a comma, and ""quotes""",https://hub.test/pain-points/${id},New,Costs hours`);
  });
});

describe("flags", () => {
  it("let anyone signed in ask chairs to look; chairs see the queue and close it", async () => {
    const { id } = await newReport();
    const [person, chair] = await Promise.all([createPerson(), createPerson({ role: "chair" })]);
    const { id: commentId } = await addComment({ actor: person.actor, painPointId: id, body: "Buy GPUs here" });
    await flagForChairs({ actor: person.actor, painPointId: id, reason: "Wrong area" });
    expect(await flagForChairs({ actor: person.actor, painPointId: id, reason: "Again" })).toEqual({ alreadyFlagged: true });
    await flagForChairs({ actor: chair.actor, painPointId: id, commentId, reason: "Spam comment" });
    await expect(flagForChairs({ actor: anonymousActor, painPointId: id, reason: "x x x" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listOpenFlags({ actor: person.actor })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const open = await listOpenFlags({ actor: chair.actor });
    expect(open.map((flag) => flag.reason).sort()).toEqual(["Spam comment", "Wrong area"]);
    await setCommentHidden({ actor: chair.actor, painPointId: id, commentId, isHidden: true, reason: "Spam" });
    await dismissFlag({ actor: chair.actor, flagId: open.find((flag) => flag.reason === "Wrong area")!.id });
    expect(await listOpenFlags({ actor: chair.actor })).toEqual([]);
    expect(await db.flag.findFirst({ where: { commentId } })).toMatchObject({ resolution: "hidden", resolvedById: chair.id });
  });
});

describe("the board's totals", () => {
  it("are kept while nothing changes and recounted after any change", async () => {
    await newReport();
    const total = async () => (await listPainPoints({ actor: anonymousActor, query: parseBoardQuery({}, areas).query })).total;
    expect(await total()).toBe(1);
    // A row added behind the app's back is not seen until something moves the data version…
    await db.$executeRaw`INSERT INTO "PainPoint" (title, description, severity, "reporterId", "updatedAt") SELECT 'Behind the back', 'Inserted directly.', 'ANNOYANCE', "reporterId", now() FROM "PainPoint" LIMIT 1`;
    expect(await total()).toBe(1);
    // …and any change through the app recounts.
    await newReport();
    expect(await total()).toBe(3);
  });
});

describe("the overview", () => {
  it("counts open reports and people per area and filesystem, and every month since the first report", async () => {
    const first = await newReport({ areas: ["startup-import", "packaging"], filesystem: "lustre" });
    await newReport({ areas: ["packaging"], filesystem: "other:WekaFS" });
    const hidden = await newReport({ areas: ["packaging"] });
    const chair = await createPerson({ role: "chair" });
    await setPainPointHidden({ actor: chair.actor, painPointId: hidden.id, isHidden: true, reason: "Spam" });
    await setAffected({ actor: (await createPerson()).actor, painPointId: first.id, isAffected: true, context: {} });
    await db.painPoint.update({ where: { id: first.id }, data: { createdAt: new Date(Date.now() - 75 * 24 * 3600 * 1000) } });
    bumpDataVersion();

    const overview = await getPainPointOverview();
    expect(overview.totals).toEqual({ reports: 2, affected: 3 });
    expect(overview.byArea.find((row) => row.areaSlug === "packaging")).toEqual({ areaSlug: "packaging", reports: 2, affected: 3 });
    expect(overview.byFilesystemAndArea).toEqual(expect.arrayContaining([{ filesystem: "other", areaSlug: "packaging", reports: 1 }, { filesystem: "lustre", areaSlug: "startup-import", reports: 1 }]));
    // About two and a half months back to now: three or four months, the ones between counted as zero.
    expect(overview.byMonth.length).toBeGreaterThanOrEqual(3);
    expect(overview.byMonth.at(-1)!.month).toBe(new Date().toISOString().slice(0, 7));
    expect(overview.byMonth.reduce((sum, row) => sum + row.reports, 0)).toBe(2);
    expect(overview.byMonth.some((row) => row.reports === 0)).toBe(true);
  });
});

describe("editing a report", () => {
  it("lets the reporter change text, areas and context; search, site count and name choice follow", async () => {
    const { id, reporter } = await newReport({ site: undefined, importTime: importTimeOutput });
    await editPainPoint({
      actor: reporter.actor,
      id, expectedVersion: 1,
      input: input({ title: "Conda environments on GPFS start slowly", areas: ["packaging"], site: "Edited Site", filesystem: "gpfs", scheduler: undefined, isReporterPublic: true }),
    });
    const stored = await db.painPoint.findUniqueOrThrow({ where: { id }, include: { areas: true, evidence: true } });
    expect(stored).toMatchObject({ title: "Conda environments on GPFS start slowly", filesystem: "gpfs", scheduler: null, siteCount: 1, isReporterPublic: true });
    expect(stored.areas.map((area) => area.areaSlug)).toEqual(["packaging"]);
    expect(stored.evidence).toHaveLength(1);
    const found = await listPainPoints({ actor: anonymousActor, query: parseBoardQuery({ q: "conda GPFS" }, areas).query });
    expect(found.items.map((item) => item.id)).toEqual([id]);
    expect(await db.auditLog.count({ where: { action: "painPoint.edit" } })).toBe(0);
  });

  it("replaces the evidence only when new output is given, and refuses output that is not import-time", async () => {
    const { id, reporter } = await newReport({ importTime: importTimeOutput });
    await expect(editPainPoint({ actor: reporter.actor, id, expectedVersion: 1, input: input({ title: "Changed title, bad evidence", importTime: "not importtime" }) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { importTime: [expect.stringContaining("Expected the output")] },
    });
    expect((await db.painPoint.findUniqueOrThrow({ where: { id } })).title).toBe("import numpy takes 40 s on 512 nodes");
    await editPainPoint({ actor: reporter.actor, id, expectedVersion: 1, input: input({ importTime: "import time: self [us] | cumulative | imported package\nimport time:   5000 |   5000 | scipy" }) });
    const evidence = await db.evidence.findMany({ where: { painPointId: id } });
    expect(evidence).toHaveLength(1);
    expect(evidence[0]!.parsed).toMatchObject({ totalUs: 5000, moduleCount: 1 });
  });

  it("is refused to other people, allowed to chairs with an audit entry, and never changes the reporter's name choice", async () => {
    const { id, reporter } = await newReport({ isReporterPublic: false });
    const [other, member, chair] = await Promise.all([createPerson(), createPerson({ role: "member" }), createPerson({ role: "chair" })]);
    for (const actor of [other.actor, member.actor, anonymousActor]) {
      await expect(editPainPoint({ actor, id, expectedVersion: 1, input: input({ title: "Taken over by someone else" }) })).rejects.toMatchObject({ code: actor === anonymousActor ? "UNAUTHENTICATED" : "FORBIDDEN" });
      await expect(getPainPointForEditing({ actor, id })).rejects.toMatchObject({ code: actor === anonymousActor ? "UNAUTHENTICATED" : "FORBIDDEN" });
    }
    await editPainPoint({ actor: chair.actor, id, expectedVersion: 1, input: input({ title: "Clearer title from the chair", isReporterPublic: true }) });
    expect(await db.painPoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Clearer title from the chair", isReporterPublic: false });
    expect(await db.auditLog.findFirst({ where: { action: "painPoint.edit", subjectId: String(id) } })).toMatchObject({ actorId: chair.id, before: { title: "import numpy takes 40 s on 512 nodes" } });
    expect((await getPainPointForEditing({ actor: reporter.actor, id }))?.isOwnReport).toBe(true);
  });
});

describe("races the database settles", () => {
  it("stores at most 10 of 15 reports sent at once by one person", async () => {
    const reporter = await createPerson();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 15 }, (_, index) => reportPainPoint({ actor: reporter.actor, input: input({ title: `Report sent at once, number ${index}` }) })),
    );
    expect(await db.painPoint.count({ where: { reporterId: reporter.id } })).toBe(10);
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(refused).toHaveLength(5);
    for (const outcome of refused) expect(outcome.reason).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("accepts at most 60 of 80 comments sent at once by one person", async () => {
    const { id } = await newReport();
    const person = await createPerson();
    const outcomes = await Promise.allSettled(Array.from({ length: 80 }, (_, index) => addComment({ actor: person.actor, painPointId: id, body: `Comment number ${index}` })));
    expect(await db.painPointComment.count({ where: { authorId: person.id } })).toBe(60);
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(refused.map((outcome) => outcome.reason)).toMatchObject(Array.from({ length: 20 }, () => ({ code: "RATE_LIMITED" })));
    expect((await db.painPoint.findUniqueOrThrow({ where: { id } })).commentCount).toBe(60);
  });

  it("accepts a second flag on a comment after a chair dismissed the first, and one open flag however often it is sent at once", async () => {
    const { id } = await newReport();
    const [person, chair] = await Promise.all([createPerson(), createPerson({ role: "chair" })]);
    const { id: commentId } = await addComment({ actor: person.actor, painPointId: id, body: "A comment someone finds rude" });
    const flagger = await createPerson();
    await flagForChairs({ actor: flagger.actor, painPointId: id, commentId, reason: "Rude" });
    const [open] = await listOpenFlags({ actor: chair.actor });
    await dismissFlag({ actor: chair.actor, flagId: open!.id });

    expect(await flagForChairs({ actor: flagger.actor, painPointId: id, commentId, reason: "Still rude, please look again" })).toEqual({ alreadyFlagged: false });
    await Promise.all(Array.from({ length: 5 }, () => flagForChairs({ actor: flagger.actor, painPointId: id, commentId, reason: "And again" })));
    await Promise.all(Array.from({ length: 5 }, () => flagForChairs({ actor: flagger.actor, painPointId: id, reason: "The report too" })));
    expect(await db.flag.count({ where: { raisedById: flagger.id, resolvedAt: null, commentId } })).toBe(1);
    expect(await db.flag.count({ where: { raisedById: flagger.id, resolvedAt: null, commentId: null } })).toBe(1);
    expect(await db.flag.count({ where: { raisedById: flagger.id } })).toBe(3);
  });

  it("refuses an edit made from an older version, showing the other person's, and keeps theirs", async () => {
    const { id, reporter } = await newReport();
    const chair = await createPerson({ role: "chair" });
    const seenByReporter = await getPainPointForEditing({ actor: reporter.actor, id });
    const seenByChair = await getPainPointForEditing({ actor: chair.actor, id });
    if (!seenByReporter || !seenByChair) throw new Error("expected the report");
    expect(seenByReporter.version).toBe(seenByChair.version);

    await editPainPoint({ actor: chair.actor, id, expectedVersion: seenByChair.version, input: input({ title: "The chair's clearer title" }) });
    await expect(editPainPoint({ actor: reporter.actor, id, expectedVersion: seenByReporter.version, input: input({ title: "The reporter's own new title" }) })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { current: expect.objectContaining({ title: "The chair's clearer title", version: seenByChair.version + 1 }) },
    });
    expect((await db.painPoint.findUniqueOrThrow({ where: { id } })).title).toBe("The chair's clearer title");
  });
});

describe("the reporter's name", () => {
  it("follows one rule on the board and on the page: shown when chosen, to chairs, and to the reporter", async () => {
    const { id, reporter } = await newReport({ isReporterPublic: false });
    const [other, chair] = await Promise.all([createPerson(), createPerson({ role: "chair" })]);
    const onBoard = async (actor: typeof other.actor) => (await listPainPoints({ actor, query: parseBoardQuery({}, areas).query })).items.find((item) => item.id === id)?.reporterName;
    const onPage = async (actor: typeof other.actor) => {
      const lookup = await getPainPoint({ actor, id });
      return lookup.kind === "found" ? lookup.painPoint.reporterName : undefined;
    };
    for (const [actor, expected] of [
      [reporter.actor, reporter.name],
      [chair.actor, reporter.name],
      [other.actor, null],
      [anonymousActor, null],
    ] as const) {
      expect(await onBoard(actor)).toBe(expected);
      expect(await onPage(actor)).toBe(expected);
    }
  });
});

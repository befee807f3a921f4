import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listPepFeedEntries } from "@/lib/peps/list-pep-feed-entries";
import { listAssessmentRevisions } from "@/lib/peps/list-assessment-revisions";
import { setPepRelevance } from "@/lib/peps/set-pep-relevance";
import { setPepWatch } from "@/lib/peps/set-pep-watch";
import type { AssessmentInput } from "@/lib/peps/schemas";
import { updateAssessment } from "@/lib/peps/update-assessment";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createPerson } from "../support/factories";

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

const edit = (overrides: Partial<AssessmentInput> = {}): AssessmentInput => ({
  pepNumber: 744,
  expectedVersion: 1,
  areas: ["jit-performance"],
  impact: "MEDIUM",
  affected: ["centre-staff"],
  stance: "MONITORING",
  summary: "The experimental JIT, and what would make it supported.",
  ...overrides,
});

describe("assessments", () => {
  it("start for every PEP on the working group's list", async () => {
    expect(await db.pepAssessment.count()).toBe(78);
    expect(await db.pepAssessment.findUniqueOrThrow({ where: { pepNumber: 744 } })).toMatchObject({ impact: "UNKNOWN", stance: "UNDECIDED", version: 1 });
  });

  it("are edited by chairs, keep every version, and tell watchers (not the editor)", async () => {
    const chair = await createPerson({ role: "chair" });
    const watcher = await createPerson();
    await setPepWatch({ actor: watcher.actor, pepNumber: 744, isWatching: true });
    await setPepWatch({ actor: chair.actor, pepNumber: 744, isWatching: true });

    expect(await updateAssessment({ actor: chair.actor, ...edit() })).toEqual({ status: "saved", version: 2 });
    expect(await updateAssessment({ actor: chair.actor, ...edit({ expectedVersion: 2, impact: "LOW", areas: ["jit-performance", "c-api"] }) })).toEqual({ status: "saved", version: 3 });

    const assessment = await db.pepAssessment.findUniqueOrThrow({ where: { pepNumber: 744 } });
    expect(assessment).toMatchObject({ impact: "LOW", stance: "MONITORING", version: 3, updatedById: chair.id });
    expect((await db.pepArea.findMany({ where: { pepNumber: 744 }, orderBy: { areaSlug: "asc" } })).map((area) => area.areaSlug)).toEqual(["c-api", "jit-performance"]);
    const revisions = await listAssessmentRevisions(744);
    expect(revisions.map((revision) => [revision.version, revision.impact, revision.editor?.name ?? null])).toEqual([
      [3, "LOW", chair.name],
      [2, "MEDIUM", chair.name],
      [1, "UNKNOWN", null],
    ]);
    expect(revisions[0]!.areas).toEqual(["c-api", "jit-performance"]);
    const notifications = await db.notification.findMany({ orderBy: { createdAt: "asc" }, select: { userId: true, kind: true, body: true } });
    expect(notifications.every((notification) => notification.userId === watcher.id)).toBe(true);
    expect(notifications.map((notification) => notification.body)).toEqual([
      "impact not assessed → medium; stance undecided → monitoring; summary revised; affected groups changed.",
      "impact medium → low; areas changed.",
    ]);
    const feed = await listPepFeedEntries();
    expect(feed.map((entry) => entry.title)).toEqual(["Assessment of PEP 744 updated", "Assessment of PEP 744 updated"]);
  });

  it("refuse the second of two chairs who started from the same version, writing nothing", async () => {
    const [first, second] = [await createPerson({ role: "chair", name: "First Chair" }), await createPerson({ role: "chair" })];
    expect((await updateAssessment({ actor: first.actor, ...edit({ summary: "First chair's words." }) })).status).toBe("saved");
    await expect(updateAssessment({ actor: second.actor, ...edit({ summary: "Second chair's words." }) })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { version: 2, summary: "First chair's words.", updatedBy: { name: "First Chair" } },
    });
    expect((await db.pepAssessment.findUniqueOrThrow({ where: { pepNumber: 744 } })).summary).toBe("First chair's words.");
    expect(await db.pepAssessmentRevision.count({ where: { pepNumber: 744 } })).toBe(2);
    // Having seen the other version, the second chair can save on top of it.
    expect(await updateAssessment({ actor: second.actor, ...edit({ expectedVersion: 2, summary: "Second chair's words." }) })).toEqual({ status: "saved", version: 3 });
  });

  it("let exactly one of several simultaneous saves through", async () => {
    const chairs = await Promise.all([1, 2, 3].map(() => createPerson({ role: "chair" })));
    const outcomes = await Promise.allSettled(chairs.map((chair, index) => updateAssessment({ actor: chair.actor, ...edit({ summary: `Version by chair ${index}` }) })));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === "rejected").map((outcome) => outcome.reason)).toMatchObject([{ code: "CONFLICT" }, { code: "CONFLICT" }]);
    expect(await db.pepAssessmentRevision.count({ where: { pepNumber: 744 } })).toBe(2);
  });

  it("save nothing when nothing changed", async () => {
    const chair = await createPerson({ role: "chair" });
    await updateAssessment({ actor: chair.actor, ...edit() });
    expect(await updateAssessment({ actor: chair.actor, ...edit({ expectedVersion: 2 }) })).toEqual({ status: "unchanged", version: 2 });
    expect(await db.pepAssessmentRevision.count({ where: { pepNumber: 744 } })).toBe(2);
  });

  it.each(["user", "member"] as const)("are refused to a %s, changing nothing", async (role) => {
    const person = await createPerson({ role });
    await expect(updateAssessment({ actor: person.actor, ...edit() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setPepRelevance({ actor: person.actor, pepNumber: 8, isRelevant: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.pepAssessment.findUniqueOrThrow({ where: { pepNumber: 744 } })).toMatchObject({ version: 1, impact: "UNKNOWN" });
  });

  it("refuse unknown areas and PEPs without an assessment", async () => {
    const chair = await createPerson({ role: "chair" });
    await expect(updateAssessment({ actor: chair.actor, ...edit({ areas: ["quantum"] }) })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { areas: ["Unknown area: quantum."] } });
    await expect(updateAssessment({ actor: chair.actor, ...edit({ pepNumber: 8 }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("open when a chair marks any PEP as HPC-relevant", async () => {
    const chair = await createPerson({ role: "chair" });
    await setPepRelevance({ actor: chair.actor, pepNumber: 8, isRelevant: true });
    expect(await db.pep.findUniqueOrThrow({ where: { number: 8 } })).toMatchObject({ isHpcRelevant: true });
    expect(await db.pepAssessment.findUniqueOrThrow({ where: { pepNumber: 8 } })).toMatchObject({ version: 1, updatedById: chair.id });
    expect((await listPepFeedEntries()).map((entry) => entry.title)).toEqual(["PEP 8 marked HPC-relevant"]);

    await setPepRelevance({ actor: chair.actor, pepNumber: 8, isRelevant: false });
    expect(await db.pep.findUniqueOrThrow({ where: { number: 8 } })).toMatchObject({ isHpcRelevant: false });
    expect(await db.pepAssessment.count({ where: { pepNumber: 8 } })).toBe(1);
  });
});

describe("watching", () => {
  it("is once per person, undoable, and for signed-in people only", async () => {
    const person = await createPerson();
    await setPepWatch({ actor: person.actor, pepNumber: 703, isWatching: true });
    await setPepWatch({ actor: person.actor, pepNumber: 703, isWatching: true });
    expect(await db.pepWatch.count({ where: { pepNumber: 703 } })).toBe(1);
    await setPepWatch({ actor: person.actor, pepNumber: 703, isWatching: false });
    expect(await db.pepWatch.count({ where: { pepNumber: 703 } })).toBe(0);
    await expect(setPepWatch({ actor: { userId: null, role: "anonymous" }, pepNumber: 703, isWatching: true })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(setPepWatch({ actor: person.actor, pepNumber: 99999, isWatching: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

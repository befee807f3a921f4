import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { editCharter } from "@/lib/charter/edit-charter";
import { getCharter } from "@/lib/charter/get-charter";
import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import { listCharterVersions } from "@/lib/charter/list-charter-versions";
import { charterInputSchema, defaultCharterSettings } from "@/lib/charter/schemas";
import { anonymousActor } from "@/lib/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createPerson } from "../support/factories";
import { refusal } from "../support/refusal";

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

async function currentInput(overrides: Record<string, unknown> = {}) {
  const current = await db.charterVersion.findFirstOrThrow({ orderBy: { version: "desc" } });
  return charterInputSchema.parse({ ...current, reason: "A change", expectedVersion: current.version, ...overrides });
}

describe("the charter", () => {
  it("starts every deployment at version 1 with the default rules, read by everyone with the chairs named", async () => {
    const chair = await createPerson({ role: "chair", name: "Zed Chair" });
    expect(await getCharterSettings()).toEqual(defaultCharterSettings);
    expect(defaultCharterSettings).toMatchObject({ minReviewDays: 7, inactiveAfterMonths: 12, declineCooldownDays: 30 });
    const found = await getCharter({ actor: anonymousActor });
    expect(found?.charter).toMatchObject({ version: 1, editorName: null, settings: defaultCharterSettings });
    expect(found?.areas.length).toBeGreaterThan(3);
    expect(found?.chairs.map((person) => person.name)).toContain(chair.name);
  });

  it("saves a chair's edit as the next version, audited with the reason and the rules before and after; the settings rules read follow it", async () => {
    const chair = await createPerson({ role: "chair" });
    const result = await editCharter({ actor: chair.actor, input: await currentInput({ quorumPercent: "40", purpose: "We speak for HPC users of Python, now with a sharper purpose.", reason: "Lower quorum for the founding year" }) });
    expect(result).toEqual({ status: "saved", version: 2 });
    expect(await getCharterSettings()).toMatchObject({ quorumPercent: 40 });
    const versions = await listCharterVersions({ actor: anonymousActor });
    expect(versions.map((version) => [version.version, version.reason])).toEqual([
      [2, "Lower quorum for the founding year"],
      [1, "The starting charter, for the chairs to adapt."],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "charter.edit" } });
    expect(audit).toMatchObject({ actorId: chair.id, subjectId: "2", reason: "Lower quorum for the founding year" });
    expect(audit.before).toMatchObject({ version: 1, settings: { quorumPercent: 50 } });
    expect(audit.after).toMatchObject({ version: 2, changed: ["purpose", "quorumPercent"], settings: { quorumPercent: 40 } });
  });

  it("keeps no new version when nothing changed", async () => {
    const chair = await createPerson({ role: "chair" });
    expect(await editCharter({ actor: chair.actor, input: await currentInput() })).toEqual({ status: "unchanged", version: 1 });
    expect(await db.charterVersion.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "charter.edit" } })).toBe(0);
  });

  it("refuses members and visitors, and changes nothing", async () => {
    const member = await createPerson({ role: "member" });
    const input = await currentInput({ quorumPercent: "10" });
    expect(await refusal(editCharter({ actor: member.actor, input }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(editCharter({ actor: anonymousActor, input }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.charterVersion.count()).toBe(1);
  });

  it("of two chairs saving from the same version at once, refuses the second with the first's version", async () => {
    const [first, second] = await Promise.all([createPerson({ role: "chair" }), createPerson({ role: "chair" })]);
    const outcomes = await Promise.allSettled([
      editCharter({ actor: first.actor, input: await currentInput({ quorumPercent: "45", reason: "First chair" }) }),
      editCharter({ actor: second.actor, input: await currentInput({ quorumPercent: "60", reason: "Second chair" }) }),
    ]);
    const saved = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const winner = await db.charterVersion.findFirstOrThrow({ where: { version: 2 } });
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", details: { current: { version: 2, reason: winner.reason } } });
    expect(await db.charterVersion.count()).toBe(2);
  });

  it("refuses out-of-range rules, an empty reason and unknown areas at their fields", async () => {
    const chair = await createPerson({ role: "chair" });
    const current = await db.charterVersion.findFirstOrThrow({ orderBy: { version: "desc" } });
    const parsed = charterInputSchema.safeParse({ ...current, quorumPercent: "0", passThresholdPercent: "49", minReviewDays: "2.5", declineCooldownDays: "9999", reason: " ", scopeAreas: [], expectedVersion: current.version });
    expect(parsed.success).toBe(false);
    expect(new Set(parsed.error?.issues.map((issue) => issue.path.join(".")))).toEqual(new Set(["quorumPercent", "passThresholdPercent", "minReviewDays", "declineCooldownDays", "reason", "scopeAreas"]));
    expect(await refusal(editCharter({ actor: chair.actor, input: await currentInput({ scopeAreas: ["no-such-area"] }) }))).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { scopeAreas: ["Unknown area: no-such-area."] } });
    expect(await db.charterVersion.count()).toBe(1);
  });
});

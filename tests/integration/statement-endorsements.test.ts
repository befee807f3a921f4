import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { anonymousActor } from "@/lib/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { endorseStatement } from "@/lib/statements/endorsements/endorse-statement";
import { listEndorsements } from "@/lib/statements/endorsements/list-endorsements";
import { withdrawEndorsement } from "@/lib/statements/endorsements/withdraw-endorsement";
import { createMember, createPerson } from "../support/factories";
import { refusal } from "../support/refusal";
import { createStatement } from "../support/statement-factories";

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

const form = (slug: string, overrides: Record<string, unknown> = {}) => ({ slug, name: "Ada Example", affiliation: "Example Supercomputing Centre", affiliationKind: "hpc-centre", ...overrides });
const day = 86_400_000;

describe("endorsing a published statement", () => {
  it("stores the endorsement as given, bound to the published version, with whether they were a member", async () => {
    const statement = await createStatement({ stage: "PUBLISHED" });
    const [user, member] = await Promise.all([createPerson(), createMember()]);
    await endorseStatement({ actor: user.actor, input: form(statement.slug, { name: "  Ada   Example ", isPersonalCapacity: "on" }) });
    const view = await endorseStatement({ actor: member.actor, input: form(statement.slug, { name: "Grace Member", affiliation: "Example University", affiliationKind: "university" }) });

    const rows = await db.statementEndorsement.findMany({ where: { statementId: statement.id }, orderBy: { id: "asc" } });
    expect(rows).toEqual([
      expect.objectContaining({ userId: user.id, name: "Ada Example", affiliationKind: "hpc-centre", isPersonalCapacity: true, wasMember: false, textVersionId: statement.publishedVersionId, withdrawnAt: null }),
      expect.objectContaining({ userId: member.id, name: "Grace Member", isPersonalCapacity: false, wasMember: true, textVersionId: statement.publishedVersionId }),
    ]);
    expect(view.members.map((item) => item.name)).toEqual(["Grace Member"]);
    expect(view.others.map((item) => [item.name, item.isPersonalCapacity, item.affiliationKindLabel])).toEqual([["Ada Example", true, "HPC centre"]]);
    expect(view).toMatchObject({ mine: { withdrawnAt: null }, canEndorse: false, counts: { active: 2, activeMembers: 1, activeOthers: 1, withdrawn: 0 } });
    expect(await db.auditLog.count({ where: { action: "statement.endorsement.add" } })).toBe(2);
  });

  it("counts a suspended or former member as not a member", async () => {
    const statement = await createStatement({ stage: "PUBLISHED" });
    const [suspended, left] = await Promise.all([createMember({ status: "SUSPENDED" }), createMember({ status: "LEFT" })]);
    await endorseStatement({ actor: { ...suspended.actor, role: "user" }, input: form(statement.slug) });
    await endorseStatement({ actor: left.actor, input: form(statement.slug) });
    expect(await db.statementEndorsement.count({ where: { wasMember: false } })).toBe(2);
  });

  it("refuses endorsing twice, also when sent twice at once", async () => {
    const statement = await createStatement({ stage: "PUBLISHED" });
    const user = await createPerson();
    await endorseStatement({ actor: user.actor, input: form(statement.slug) });
    expect(await refusal(endorseStatement({ actor: user.actor, input: form(statement.slug) }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("You already endorse this statement") });

    const racer = await createPerson();
    const outcomes = await Promise.allSettled([endorseStatement({ actor: racer.actor, input: form(statement.slug) }), endorseStatement({ actor: racer.actor, input: form(statement.slug) })]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await db.statementEndorsement.count({ where: { userId: racer.id } })).toBe(1);
  });

  it("refuses a statement that is not published, saying so, and does not find drafts for non-members", async () => {
    const member = await createMember();
    for (const stage of ["DRAFT", "REVIEW", "VOTE", "WITHDRAWN"] as const) {
      const statement = await createStatement({ stage });
      const refused = await refusal(endorseStatement({ actor: member.actor, input: form(statement.slug) }));
      expect(refused.code, stage).toBe("CONFLICT");
      expect(refused.message).toContain("only a published statement can be endorsed");
    }
    const user = await createPerson();
    const draft = await createStatement({ stage: "DRAFT" });
    expect(await refusal(endorseStatement({ actor: user.actor, input: form(draft.slug) }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(endorseStatement({ actor: user.actor, input: form("no-such-statement") }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.statementEndorsement.count()).toBe(0);
  });

  it("asks visitors to sign in", async () => {
    const statement = await createStatement({ stage: "PUBLISHED" });
    expect(await refusal(endorseStatement({ actor: anonymousActor, input: form(statement.slug) }))).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses empty and oversize fields and an unknown affiliation kind at their fields", async () => {
    const statement = await createStatement({ stage: "PUBLISHED" });
    const user = await createPerson();
    const empty = await refusal(endorseStatement({ actor: user.actor, input: form(statement.slug, { name: "  ", affiliation: "", affiliationKind: "castle" }) }));
    expect(empty.code).toBe("INVALID_INPUT");
    expect(empty.fieldErrors?.name?.[0]).toContain("Give the name");
    expect(empty.fieldErrors?.affiliation?.[0]).toContain("Give your affiliation");
    expect(empty.fieldErrors?.affiliationKind?.[0]).toContain("Choose what kind");
    const long = await refusal(endorseStatement({ actor: user.actor, input: form(statement.slug, { name: "n".repeat(121), affiliation: "a".repeat(201) }) }));
    expect(long.fieldErrors?.name?.[0]).toContain("under 120");
    expect(long.fieldErrors?.affiliation?.[0]).toContain("under 200");
    expect(await db.statementEndorsement.count()).toBe(0);
  });
});

describe("withdrawing and endorsing again", () => {
  it("keeps a withdrawn endorsement listed with its date; endorsing again reactivates the same row with a new date", async () => {
    const statement = await createStatement({ stage: "PUBLISHED" });
    const [user, other] = await Promise.all([createPerson(), createPerson()]);
    const first = new Date(Date.now() - 20 * day);
    await endorseStatement({ actor: user.actor, input: form(statement.slug, { name: "First" }), now: first });
    await endorseStatement({ actor: other.actor, input: form(statement.slug, { name: "Other" }), now: new Date(Date.now() - 10 * day) });
    const withdrawnAt = new Date(Date.now() - 5 * day);
    const afterWithdrawal = await withdrawEndorsement({ actor: user.actor, slug: statement.slug, now: withdrawnAt });

    expect(afterWithdrawal.others.map((item) => [item.name, item.withdrawnAt])).toEqual([
      ["Other", null],
      ["First", withdrawnAt],
    ]);
    expect(afterWithdrawal).toMatchObject({ mine: { withdrawnAt }, canEndorse: true, counts: { active: 1, withdrawn: 1 } });
    expect(await refusal(withdrawEndorsement({ actor: user.actor, slug: statement.slug }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already withdrew") });

    const again = await endorseStatement({ actor: user.actor, input: form(statement.slug, { name: "Again" }) });
    const rows = await db.statementEndorsement.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: "Again", withdrawnAt: null });
    expect(rows[0]!.createdAt.getTime()).toBeGreaterThan(first.getTime());
    expect(again.others.map((item) => item.name)).toEqual(["Other", "Again"]);
    expect(await db.auditLog.count({ where: { action: { in: ["statement.endorsement.withdraw", "statement.endorsement.renew"] } } })).toBe(2);
  });

  it("refuses withdrawing what was never given, and visitors", async () => {
    const statement = await createStatement({ stage: "PUBLISHED" });
    const user = await createPerson();
    expect(await refusal(withdrawEndorsement({ actor: user.actor, slug: statement.slug }))).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("have not endorsed") });
    expect(await refusal(withdrawEndorsement({ actor: anonymousActor, slug: statement.slug }))).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("lets a person take their name off a statement that was withdrawn after they endorsed (members still read it)", async () => {
    const statement = await createStatement({ stage: "PUBLISHED" });
    const member = await createMember();
    await endorseStatement({ actor: member.actor, input: form(statement.slug) });
    await db.statement.update({ where: { id: statement.id }, data: { stage: "WITHDRAWN" } });
    expect((await withdrawEndorsement({ actor: member.actor, slug: statement.slug })).counts.withdrawn).toBe(1);
  });
});

describe("the list of endorsements", () => {
  it("lists members and others apart, active first, with counts by affiliation kind over active ones", async () => {
    const statement = await createStatement({ stage: "PUBLISHED" });
    const people = await Promise.all([createMember(), createMember(), createPerson(), createPerson(), createPerson()]);
    const kinds = ["university", "hpc-centre", "university", "company", "national-lab"];
    for (const [index, person] of people.entries()) {
      await endorseStatement({ actor: person.actor, input: form(statement.slug, { name: `Person ${index}`, affiliationKind: kinds[index] }), now: new Date(Date.now() - (10 - index) * day) });
    }
    await withdrawEndorsement({ actor: people[0]!.actor, slug: statement.slug });
    await withdrawEndorsement({ actor: people[4]!.actor, slug: statement.slug });

    const view = await listEndorsements({ actor: anonymousActor, slug: statement.slug });
    expect(view.members.map((item) => [item.name, Boolean(item.withdrawnAt)])).toEqual([
      ["Person 1", false],
      ["Person 0", true],
    ]);
    expect(view.others.map((item) => [item.name, Boolean(item.withdrawnAt)])).toEqual([
      ["Person 2", false],
      ["Person 3", false],
      ["Person 4", true],
    ]);
    expect(view.counts).toEqual({
      active: 3,
      activeMembers: 1,
      activeOthers: 2,
      withdrawn: 2,
      byKind: [
        { key: "university", label: "University", count: 1 },
        { key: "hpc-centre", label: "HPC centre", count: 1 },
        { key: "company", label: "Company", count: 1 },
      ],
    });
    expect(view).toMatchObject({ mine: null, canEndorse: false, prefill: null });
    expect([...view.members, ...view.others].every((item) => !item.isMine)).toBe(true);
  });

  it("prefills the form from the account and the membership", async () => {
    const statement = await createStatement({ stage: "PUBLISHED" });
    const member = await createMember({ name: "Grace Prefill", affiliationKind: "national-lab" });
    const user = await createPerson({ name: "Ada Prefill" });
    expect((await listEndorsements({ actor: member.actor, slug: statement.slug })).prefill).toEqual({ name: "Grace Prefill", affiliation: "Grace Prefill Example Institute", affiliationKind: "national-lab" });
    expect((await listEndorsements({ actor: user.actor, slug: statement.slug })).prefill).toEqual({ name: "Ada Prefill", affiliation: "", affiliationKind: null });
    expect((await listEndorsements({ actor: user.actor, slug: statement.slug })).canEndorse).toBe(true);
  });

  it("is not found for a draft to non-members, and empty for members", async () => {
    const draft = await createStatement({ stage: "DRAFT" });
    const [user, member] = await Promise.all([createPerson(), createMember()]);
    expect(await refusal(listEndorsements({ actor: user.actor, slug: draft.slug }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(listEndorsements({ actor: user.actor, slug: "Not A Slug" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await listEndorsements({ actor: member.actor, slug: draft.slug })).toMatchObject({ members: [], others: [], canEndorse: false });
  });
});

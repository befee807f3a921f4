import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { anonymousActor } from "@/lib/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { addStatementEvidence } from "@/lib/statements/evidence/add-statement-evidence";
import { listStatementEvidence } from "@/lib/statements/evidence/list-statement-evidence";
import { listStatementsCiting } from "@/lib/statements/evidence/list-statements-citing";
import { removeStatementEvidence } from "@/lib/statements/evidence/remove-statement-evidence";
import { refreshEvidenceFromText, syncEvidenceFromText } from "@/lib/statements/evidence/sync-evidence-from-text";
import { createMember, createPerson, createSession } from "../support/factories";
import { refusal } from "../support/refusal";
import { createPainPoint, createStatement } from "../support/statement-factories";

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

const add = (actor: Parameters<typeof addStatementEvidence>[0]["actor"], statementId: number, fields: Record<string, unknown>) => addStatementEvidence({ actor, input: { statementId, ...fields } });

describe("adding evidence by hand", () => {
  it("adds each kind and lists them grouped, with what each shows", async () => {
    const member = await createMember();
    const statement = await createStatement({ stage: "DRAFT" });
    const report = await createPainPoint({ affectedCount: 14, siteCount: 9 });
    const session = await createSession({ hoursFromNow: [-30, -28] });
    const other = await createStatement({ stage: "PUBLISHED", title: "Free-threading on clusters" });

    await add(member.actor, statement.id, { kind: "PEP", pepNumber: "PEP 703", note: "  The  free-threading PEP " });
    await add(member.actor, statement.id, { kind: "PAIN_POINT", painPoint: `#pain-${report.id}` });
    await add(member.actor, statement.id, { kind: "SESSION", session: `https://hub.example.org/sessions/${session.slug}/notes` });
    await add(member.actor, statement.id, { kind: "STATEMENT", statement: other.slug });
    const view = await add(member.actor, statement.id, { kind: "LINK", url: "https://github.com/python/cpython/issues/123", title: "gh-123: slow imports on Lustre", note: "" });

    expect(view.total).toBe(5);
    expect(view.canChange).toBe(true);
    expect(view.peps).toEqual([
      expect.objectContaining({ pepNumber: 703, title: expect.stringContaining("Making the Global Interpreter Lock Optional"), status: expect.any(String), note: "The free-threading PEP", isFromText: false, canRemove: true }),
    ]);
    expect(view.painPoints).toEqual([expect.objectContaining({ painPointId: report.id, title: report.title, affectedCount: 14, siteCount: 9, affectedSummary: "Affects 14 people at 9 sites" })]);
    expect(view.sessions).toEqual([expect.objectContaining({ slug: session.slug, title: session.title, startsAt: session.startsAt, notesHref: `/sessions/${session.slug}/notes`, isMembersOnly: false })]);
    expect(view.statements).toEqual([expect.objectContaining({ slug: other.slug, title: "Free-threading on clusters", stage: "PUBLISHED" })]);
    expect(view.links).toEqual([expect.objectContaining({ url: "https://github.com/python/cpython/issues/123", title: "gh-123: slow imports on Lustre", host: "GitHub", note: null })]);
    expect(await db.auditLog.count({ where: { action: "statement.evidence.add", subjectId: String(statement.id) } })).toBe(5);
    expect(await listStatementEvidence({ actor: member.actor, statementId: statement.id })).toEqual(view);
  });

  it("accepts a pain point as a plain number and a session by its slug", async () => {
    const member = await createMember();
    const statement = await createStatement({ stage: "REVIEW" });
    const report = await createPainPoint();
    const session = await createSession();
    await add(member.actor, statement.id, { kind: "PAIN_POINT", painPoint: String(report.id) });
    const view = await add(member.actor, statement.id, { kind: "SESSION", session: session.slug });
    expect(view.painPoints).toHaveLength(1);
    expect(view.sessions).toHaveLength(1);
  });

  it("refuses what does not exist, bad references and bad links at their fields, storing nothing", async () => {
    const member = await createMember();
    const statement = await createStatement();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ kind: "PEP", pepNumber: "9876" }, "pepNumber", "There is no PEP 9876"],
      [{ kind: "PEP", pepNumber: "seven" }, "pepNumber", "Give a PEP number"],
      [{ kind: "PAIN_POINT", painPoint: "#pain-999999" }, "painPoint", "There is no pain point #999999"],
      [{ kind: "PAIN_POINT", painPoint: "slow imports" }, "painPoint", "Give the report’s number"],
      [{ kind: "SESSION", session: "no-such-session" }, "session", "There is no session at /sessions/no-such-session"],
      [{ kind: "SESSION", session: "Not A Slug!" }, "session", "short name"],
      [{ kind: "STATEMENT", statement: "no-such-statement" }, "statement", "There is no statement"],
      [{ kind: "STATEMENT", statement: statement.slug }, "statement", "cannot cite itself"],
      [{ kind: "LINK", url: "ftp://example.org/file", title: "A file" }, "url", "https://"],
      [{ kind: "LINK", url: "javascript:alert(1)", title: "A file" }, "url", "https://"],
      [{ kind: "LINK", url: "not a link", title: "A file" }, "url", "https://"],
      [{ kind: "LINK", url: "https://example.org/", title: "   " }, "title", "Give the link a title"],
      [{ kind: "LINK", url: "https://example.org/", title: "x".repeat(301) }, "title", "under 300"],
      [{ kind: "PEP", pepNumber: "703", note: "x".repeat(501) }, "note", "under 500"],
    ];
    for (const [fields, field, message] of cases) {
      const refused = await refusal(add(member.actor, statement.id, fields));
      expect(refused.code, JSON.stringify(fields)).toBe("INVALID_INPUT");
      expect(refused.fieldErrors?.[field]?.[0], JSON.stringify(fields)).toContain(message);
    }
    expect(await refusal(add(member.actor, statement.id, { kind: "BOOK", title: "x" }))).toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.statementEvidence.count()).toBe(0);
  });

  it("accepts an http link with a note of 500 characters and a title of 300", async () => {
    const member = await createMember();
    const statement = await createStatement();
    const view = await add(member.actor, statement.id, { kind: "LINK", url: "http://lists.example.org/thread/42", title: "t".repeat(300), note: "n".repeat(500) });
    expect(view.links[0]).toMatchObject({ url: "http://lists.example.org/thread/42", host: "lists.example.org" });
  });

  it("refuses the same thing twice, whichever way it was written", async () => {
    const member = await createMember();
    const statement = await createStatement();
    const report = await createPainPoint();
    await add(member.actor, statement.id, { kind: "PEP", pepNumber: "703" });
    await add(member.actor, statement.id, { kind: "PAIN_POINT", painPoint: String(report.id) });
    await add(member.actor, statement.id, { kind: "LINK", url: "https://discuss.python.org/t/free-threading/123", title: "Forum thread" });
    expect(await refusal(add(member.actor, statement.id, { kind: "PEP", pepNumber: "PEP-703" }))).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { pepNumber: ["PEP 703 is already in the evidence."] } });
    expect(await refusal(add(member.actor, statement.id, { kind: "PAIN_POINT", painPoint: `#pain-${report.id}` }))).toMatchObject({ fieldErrors: { painPoint: [`Pain point #${report.id} is already in the evidence.`] } });
    expect(await refusal(add(member.actor, statement.id, { kind: "LINK", url: "https://DISCUSS.python.org/t/free-threading/123", title: "Again" }))).toMatchObject({ fieldErrors: { url: ["That link is already in the evidence."] } });
    expect(await db.statementEvidence.count()).toBe(3);
  });

  it("lets two members adding the same PEP at once store it once", async () => {
    const [first, second] = await Promise.all([createMember(), createMember()]);
    const statement = await createStatement();
    const outcomes = await Promise.allSettled([add(first.actor, statement.id, { kind: "PEP", pepNumber: "684" }), add(second.actor, statement.id, { kind: "PEP", pepNumber: "684" })]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await db.statementEvidence.count({ where: { statementId: statement.id, pepNumber: 684 } })).toBe(1);
  });

  it("is refused once a vote opens, after publishing and after withdrawal, saying why", async () => {
    const member = await createMember();
    for (const stage of ["VOTE", "PUBLISHED", "WITHDRAWN"] as const) {
      const statement = await createStatement({ stage });
      const refused = await refusal(add(member.actor, statement.id, { kind: "PEP", pepNumber: "703" }));
      expect(refused.code, stage).toBe("CONFLICT");
      expect(refused.message).toContain("changes only in draft and review");
    }
    expect(await db.statementEvidence.count()).toBe(0);
  });

  it("is the members': users and visitors are refused, and a draft is not found for them", async () => {
    const user = await createPerson();
    const statement = await createStatement();
    expect(await refusal(add(user.actor, statement.id, { kind: "PEP", pepNumber: "703" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(add(anonymousActor, statement.id, { kind: "PEP", pepNumber: "703" }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await refusal(listStatementEvidence({ actor: user.actor, statementId: statement.id }))).toMatchObject({ code: "NOT_FOUND" });
    const member = await createMember();
    expect(await refusal(add(member.actor, 999_999, { kind: "PEP", pepNumber: "703" }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("what readers see of the evidence", () => {
  it("cites hidden pain points for no one; one hidden after it was cited is shown to chairs only", async () => {
    const [member, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    const statement = await createStatement();
    const hidden = await createPainPoint({ isHidden: true });
    // A member cannot see it at all; a chair is told it cannot be cited.
    expect(await refusal(add(member.actor, statement.id, { kind: "PAIN_POINT", painPoint: String(hidden.id) }))).toMatchObject({
      fieldErrors: { painPoint: [`There is no pain point #${hidden.id}. Check its number on the pain-point board.`] },
    });
    expect(await refusal(add(chair.actor, statement.id, { kind: "PAIN_POINT", painPoint: String(hidden.id) }))).toMatchObject({ fieldErrors: { painPoint: [expect.stringContaining("is hidden")] } });

    const later = await createPainPoint();
    await add(member.actor, statement.id, { kind: "PAIN_POINT", painPoint: String(later.id) });
    await db.painPoint.update({ where: { id: later.id }, data: { isHidden: true } });
    expect((await listStatementEvidence({ actor: member.actor, statementId: statement.id })).painPoints).toEqual([]);
    expect((await listStatementEvidence({ actor: chair.actor, statementId: statement.id })).painPoints).toEqual([expect.objectContaining({ painPointId: later.id, isHidden: true })]);
  });

  it("shows members-only sessions and unpublished statements to members only", async () => {
    const member = await createMember();
    const user = await createPerson();
    const membersOnly = await createSession({ visibility: "MEMBERS" });
    const draft = await createStatement({ stage: "DRAFT" });
    const statement = await createStatement({ stage: "DRAFT" });
    await add(member.actor, statement.id, { kind: "SESSION", session: membersOnly.slug });
    await add(member.actor, statement.id, { kind: "STATEMENT", statement: draft.slug });
    await add(member.actor, statement.id, { kind: "PEP", pepNumber: "8" });
    // Published later, it is read by everyone; what it cites that they may not read is left out.
    await db.statement.update({ where: { id: statement.id }, data: { stage: "PUBLISHED" } });

    const forMember = await listStatementEvidence({ actor: member.actor, statementId: statement.id });
    expect(forMember).toMatchObject({ total: 3, canChange: false, sessions: [expect.objectContaining({ isMembersOnly: true })], statements: [expect.objectContaining({ stage: "DRAFT" })] });
    expect(forMember.peps[0]?.canRemove).toBe(false);
    for (const actor of [user.actor, anonymousActor]) {
      const view = await listStatementEvidence({ actor, statementId: statement.id });
      expect(view).toMatchObject({ total: 1, canChange: false, sessions: [], statements: [] });
    }
  });
});

describe("removing evidence", () => {
  it("removes hand-added evidence, and refuses text references with advice", async () => {
    const member = await createMember();
    const statement = await createStatement({ mentionedPeps: [703] });
    const added = await add(member.actor, statement.id, { kind: "PEP", pepNumber: "684" });
    await db.$transaction((tx) => syncEvidenceFromText(tx, statement.id));
    const fromText = await db.statementEvidence.findFirstOrThrow({ where: { statementId: statement.id, isFromText: true } });

    const view = await removeStatementEvidence({ actor: member.actor, statementId: statement.id, evidenceId: added.peps[0]!.id });
    expect(view.peps.map((pep) => pep.pepNumber)).toEqual([703]);
    expect(view.peps[0]).toMatchObject({ isFromText: true, canRemove: false });
    const refused = await refusal(removeStatementEvidence({ actor: member.actor, statementId: statement.id, evidenceId: fromText.id }));
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("take the mention out of the text") });
    expect(refused.message).toContain("PEP 703");
    expect(await refusal(removeStatementEvidence({ actor: member.actor, statementId: statement.id, evidenceId: added.peps[0]!.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.auditLog.count({ where: { action: "statement.evidence.remove" } })).toBe(1);
  });

  it("refuses evidence of another statement, removal after the vote opens, and non-members", async () => {
    const member = await createMember();
    const [one, two] = await Promise.all([createStatement(), createStatement()]);
    const view = await add(member.actor, one.id, { kind: "PEP", pepNumber: "703" });
    const evidenceId = view.peps[0]!.id;
    expect(await refusal(removeStatementEvidence({ actor: member.actor, statementId: two.id, evidenceId }))).toMatchObject({ code: "NOT_FOUND" });
    const user = await createPerson();
    expect(await refusal(removeStatementEvidence({ actor: user.actor, statementId: one.id, evidenceId }))).toMatchObject({ code: "FORBIDDEN" });
    await db.statement.update({ where: { id: one.id }, data: { stage: "VOTE" } });
    expect(await refusal(removeStatementEvidence({ actor: member.actor, statementId: one.id, evidenceId }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("being voted on") });
    expect(await db.statementEvidence.count()).toBe(1);
  });
});

describe("evidence from the text", () => {
  const fromTextRows = (statementId: number) => db.statementEvidence.findMany({ where: { statementId }, orderBy: { id: "asc" }, select: { kind: true, pepNumber: true, painPointId: true, isFromText: true } });

  it("adds referenced PEPs and pain points that exist, and removes those no longer referenced", async () => {
    const [report, other, hidden] = await Promise.all([createPainPoint(), createPainPoint(), createPainPoint({ isHidden: true })]);
    const statement = await createStatement({ mentionedPeps: [703, 9876], mentionedPainPoints: [report.id, hidden.id, 999_999] });
    const first = await db.$transaction((tx) => syncEvidenceFromText(tx, statement.id));
    expect(first).toEqual({ addedPeps: [703], removedPeps: [], addedPainPoints: [report.id], removedPainPoints: [] });
    expect(await fromTextRows(statement.id)).toEqual([
      { kind: "PEP", pepNumber: 703, painPointId: null, isFromText: true },
      { kind: "PAIN_POINT", pepNumber: null, painPointId: report.id, isFromText: true },
    ]);

    // The same text again changes nothing.
    expect(await db.$transaction((tx) => syncEvidenceFromText(tx, statement.id))).toEqual({ addedPeps: [], removedPeps: [], addedPainPoints: [], removedPainPoints: [] });

    await db.statement.update({ where: { id: statement.id }, data: { mentionedPeps: [684], mentionedPainPoints: [other.id] } });
    expect(await db.$transaction((tx) => syncEvidenceFromText(tx, statement.id))).toEqual({ addedPeps: [684], removedPeps: [703], addedPainPoints: [other.id], removedPainPoints: [report.id] });
    expect((await fromTextRows(statement.id)).map((row) => row.pepNumber ?? row.painPointId)).toEqual([684, other.id]);
  });

  it("never touches hand-added rows, and makes no duplicate of one", async () => {
    const member = await createMember();
    const report = await createPainPoint();
    const statement = await createStatement();
    await add(member.actor, statement.id, { kind: "PEP", pepNumber: "703", note: "Why it matters" });
    await add(member.actor, statement.id, { kind: "PAIN_POINT", painPoint: String(report.id) });
    await add(member.actor, statement.id, { kind: "PEP", pepNumber: "8" });

    // The text now references PEP 703 and the report: the hand-added rows stand for them.
    await db.statement.update({ where: { id: statement.id }, data: { mentionedPeps: [703, 20], mentionedPainPoints: [report.id] } });
    expect(await db.$transaction((tx) => syncEvidenceFromText(tx, statement.id))).toEqual({ addedPeps: [20], removedPeps: [], addedPainPoints: [], removedPainPoints: [] });
    expect(await db.statementEvidence.count({ where: { statementId: statement.id, pepNumber: 703 } })).toBe(1);
    expect(await db.statementEvidence.findFirst({ where: { statementId: statement.id, pepNumber: 703 }, select: { isFromText: true, note: true } })).toEqual({ isFromText: false, note: "Why it matters" });

    // References taken out: the hand-added rows (PEP 703, 8, the report) stay; only the text's PEP 20 goes.
    await db.statement.update({ where: { id: statement.id }, data: { mentionedPeps: [], mentionedPainPoints: [] } });
    expect(await db.$transaction((tx) => syncEvidenceFromText(tx, statement.id))).toEqual({ addedPeps: [], removedPeps: [20], addedPainPoints: [], removedPainPoints: [] });
    expect((await fromTextRows(statement.id)).map((row) => [row.pepNumber ?? row.painPointId, row.isFromText])).toEqual([
      [703, false],
      [report.id, false],
      [8, false],
    ]);
  });

  it("runs inside the transaction that stores the text, and as a use case for members", async () => {
    const member = await createMember();
    const statement = await createStatement();
    await db.$transaction(async (tx) => {
      await tx.statement.update({ where: { id: statement.id }, data: { markdown: "PEP 703 matters.", mentionedPeps: [703] } });
      await syncEvidenceFromText(tx, statement.id);
    });
    expect(await db.statementEvidence.count({ where: { statementId: statement.id, isFromText: true } })).toBe(1);

    await db.statement.update({ where: { id: statement.id }, data: { mentionedPeps: [] } });
    expect(await refreshEvidenceFromText({ actor: member.actor, statementId: statement.id })).toMatchObject({ removedPeps: [703] });
    const user = await createPerson();
    expect(await refusal(refreshEvidenceFromText({ actor: user.actor, statementId: statement.id }))).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("statements citing a PEP, a pain point or a session", () => {
  it("lists published statements for everyone and all for members, newest first", async () => {
    const member = await createMember();
    const user = await createPerson();
    const report = await createPainPoint();
    const session = await createSession();
    const day = 86_400_000;
    const older = await createStatement({ stage: "PUBLISHED", title: "Older", publishedAt: new Date(Date.now() - 10 * day) });
    const newer = await createStatement({ stage: "PUBLISHED", title: "Newer", publishedAt: new Date(Date.now() - day) });
    const draft = await createStatement({ stage: "DRAFT", title: "Draft" });
    const uncited = await createStatement({ stage: "PUBLISHED", title: "Uncited" });
    for (const statement of [older, newer, draft]) {
      await db.statementEvidence.createMany({
        data: [
          { statementId: statement.id, kind: "PEP", pepNumber: 703 },
          { statementId: statement.id, kind: "PAIN_POINT", painPointId: report.id },
          { statementId: statement.id, kind: "SESSION", sessionId: session.id },
        ],
      });
    }
    await db.statementEvidence.create({ data: { statementId: uncited.id, kind: "PEP", pepNumber: 684 } });

    for (const cited of [{ pepNumber: 703 }, { painPointId: report.id }, { sessionId: session.id }]) {
      expect((await listStatementsCiting({ actor: anonymousActor, ...cited })).map((s) => s.title)).toEqual(["Newer", "Older"]);
      expect((await listStatementsCiting({ actor: user.actor, ...cited })).map((s) => s.title)).toEqual(["Newer", "Older"]);
      expect((await listStatementsCiting({ actor: member.actor, ...cited })).map((s) => s.title)).toEqual(["Draft", "Newer", "Older"]);
    }
    expect(await listStatementsCiting({ actor: member.actor, pepNumber: 8 })).toEqual([]);
  });

  it("shows nothing for a hidden pain point or a members-only session to those who may not read them", async () => {
    const member = await createMember();
    const report = await createPainPoint({ isHidden: true });
    const session = await createSession({ visibility: "MEMBERS" });
    const statement = await createStatement({ stage: "PUBLISHED" });
    await db.statementEvidence.createMany({
      data: [
        { statementId: statement.id, kind: "PAIN_POINT", painPointId: report.id },
        { statementId: statement.id, kind: "SESSION", sessionId: session.id },
      ],
    });
    expect(await listStatementsCiting({ actor: anonymousActor, sessionId: session.id })).toEqual([]);
    expect(await listStatementsCiting({ actor: member.actor, sessionId: session.id })).toHaveLength(1);
    expect(await listStatementsCiting({ actor: member.actor, painPointId: report.id })).toEqual([]);
    const chair = await createPerson({ role: "chair" });
    expect(await listStatementsCiting({ actor: chair.actor, painPointId: report.id })).toHaveLength(1);
  });
});

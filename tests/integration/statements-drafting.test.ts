import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { NewNotification } from "@/lib/notifications/create-notifications";
import { anonymousActor } from "@/lib/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { publishStatement, returnToReview, startReview, supersedeStatement, withdrawStatement } from "@/lib/statements/change-statement-stage";
import { closeStatementVote } from "@/lib/statements/close-vote";
import { createStatement } from "@/lib/statements/create-statement";
import { editStatementDetails } from "@/lib/statements/edit-statement-details";
import { followStatement, unfollowStatement } from "@/lib/statements/follow-statement";
import { getStatement } from "@/lib/statements/get-statement";
import { listStatements } from "@/lib/statements/list-statements";
import { openStatementVote } from "@/lib/statements/open-vote";
import { castStatementVote } from "@/lib/statements/cast-vote";
import { compareTextVersions, listTextVersions, restoreTextVersion } from "@/lib/statements/text-versions";
import { createMember, createPerson } from "../support/factories";
import { refusal } from "../support/refusal";
import { createPep, daysAfter, statementInReview, statementInVote, statementInput } from "../support/statements";

vi.mock("@/lib/notifications/email-notifications", () => ({ emailNotificationsInBackground: (_notifications: NewNotification[]) => undefined }));

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

const statementCount = () => db.statement.count();
const month = 31 * 86_400_000;

describe("creating a statement", () => {
  it("makes a draft with a slug from the title, the creator as author and follower, text version 1 and an audit entry", async () => {
    const member = await createMember();
    await createPep(703);
    const statement = await createStatement({ actor: member.actor, input: statementInput({ target: "PEP", targetPep: "703", targetBody: "ignored" }) });
    expect(statement).toMatchObject({ slug: "free-threaded-python-on-shared-clusters", stage: "DRAFT", target: "PEP", targetPep: 703, targetBody: null, textVersionCount: 1, isAuthor: true, isFollowing: true });
    expect(statement.authors).toEqual([{ userId: member.id, name: member.name }]);
    const second = await createStatement({ actor: member.actor, input: statementInput() });
    const third = await createStatement({ actor: member.actor, input: statementInput() });
    expect([second.slug, third.slug]).toEqual(["free-threaded-python-on-shared-clusters-2", "free-threaded-python-on-shared-clusters-3"]);
    expect(await db.auditLog.count({ where: { action: "statement.create", subjectId: String(statement.id) } })).toBe(1);
  });

  it("refuses bad input at the field and stores nothing", async () => {
    const member = await createMember();
    const cases: [Record<string, unknown>, string][] = [
      [{ target: "PARLIAMENT" }, "target"],
      [{ target: "PEP" }, "targetPep"],
      [{ target: "PEP", targetPep: 9999 }, "targetPep"],
      [{ target: "PSF" }, "targetBody"],
      [{ areas: ["no-such-area"] }, "areas"],
      [{ areas: [] }, "areas"],
      [{ areas: ["packaging", "concurrency", "c-api", "array-api", "jit-performance", "startup-import", "seven"] }, "areas"],
      [{ summary: "x".repeat(1201) }, "summary"],
      [{ summary: "First paragraph is long enough.\n\nSecond paragraph." }, "summary"],
      [{ title: "x".repeat(161) }, "title"],
      [{ title: "Bad\u0000title" }, "title"],
    ];
    for (const [overrides, field] of cases) {
      const refused = await refusal(createStatement({ actor: member.actor, input: statementInput(overrides) }));
      expect(refused.code, field).toBe("INVALID_INPUT");
      expect(Object.keys(refused.fieldErrors ?? {}), JSON.stringify(overrides)).toContain(field);
    }
    expect(await statementCount()).toBe(0);
  });

  it("refuses visitors, users, suspended and inactive members", async () => {
    const user = await createPerson();
    const suspended = await createMember({ status: "SUSPENDED" });
    const inactive = await createMember({ lastActiveAt: new Date(Date.now() - 13 * month) });
    expect((await refusal(createStatement({ actor: anonymousActor, input: statementInput() }))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(createStatement({ actor: user.actor, input: statementInput() }))).code).toBe("FORBIDDEN");
    // Their actors still say "member": the membership decides.
    expect(await refusal(createStatement({ actor: suspended.actor, input: statementInput() }))).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("suspended") });
    expect(await refusal(createStatement({ actor: inactive.actor, input: statementInput() }))).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("reaffirm") });
    expect(await statementCount()).toBe(0);
  });
});

describe("editing details", () => {
  it("edits in draft and review with the version the form saw, and shows the other person's version on a conflict", async () => {
    const [author, other, chair] = await Promise.all([createMember(), createMember(), createMember({ role: "chair" })]);
    const statement = await createStatement({ actor: author.actor, input: statementInput() });
    const edited = await editStatementDetails({ actor: other.actor, input: { ...statementInput({ title: "Free-threading on clusters" }), slug: statement.slug, version: statement.version } });
    expect(edited).toMatchObject({ title: "Free-threading on clusters", slug: statement.slug, version: statement.version + 1 });
    const stale = await refusal(editStatementDetails({ actor: author.actor, input: { ...statementInput({ title: "Another title here" }), slug: statement.slug, version: statement.version } }));
    expect(stale).toMatchObject({ code: "CONFLICT", current: { title: "Free-threading on clusters" } });

    await startReview({ actor: chair.actor, input: { slug: statement.slug, reason: "Ready." } });
    const inReview = await getStatement({ actor: author.actor, input: { slug: statement.slug } });
    await editStatementDetails({ actor: author.actor, input: { ...statementInput({ title: "Edited in review" }), slug: statement.slug, version: inReview.version } });
    expect(await db.auditLog.count({ where: { action: "statement.details.edit" } })).toBe(2);
  });

  it("refuses edits during the vote and after", async () => {
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    const statement = await statementInVote(author.actor, chair.actor, new Date());
    const current = await getStatement({ actor: author.actor, input: { slug: statement.slug } });
    expect(await refusal(editStatementDetails({ actor: author.actor, input: { ...statementInput(), slug: statement.slug, version: current.version } }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("only in draft or review"),
    });
  });
});

describe("reading", () => {
  it("shows drafts to members only; others see published statements and are told a draft does not exist", async () => {
    const [author, user] = await Promise.all([createMember(), createPerson()]);
    const draft = await createStatement({ actor: author.actor, input: statementInput() });
    expect((await listStatements({ actor: author.actor })).map((statement) => statement.slug)).toEqual([draft.slug]);
    expect(await listStatements({ actor: user.actor })).toEqual([]);
    expect(await listStatements({ actor: anonymousActor, input: { stage: "DRAFT" } })).toEqual([]);
    expect((await refusal(getStatement({ actor: anonymousActor, input: { slug: draft.slug } }))).code).toBe("NOT_FOUND");
    expect((await listStatements({ actor: author.actor, input: { stage: "REVIEW" } })).length).toBe(0);
  });

  it("follows and unfollows", async () => {
    const [author, reader] = await Promise.all([createMember(), createMember()]);
    const draft = await createStatement({ actor: author.actor, input: statementInput() });
    await followStatement({ actor: reader.actor, input: { slug: draft.slug } });
    await followStatement({ actor: reader.actor, input: { slug: draft.slug } });
    expect((await getStatement({ actor: reader.actor, input: { slug: draft.slug } })).isFollowing).toBe(true);
    await unfollowStatement({ actor: reader.actor, input: { slug: draft.slug } });
    expect((await getStatement({ actor: reader.actor, input: { slug: draft.slug } })).isFollowing).toBe(false);
  });
});

describe("the lifecycle", () => {
  it("refuses members at every chair step", async () => {
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    const draft = await createStatement({ actor: author.actor, input: statementInput() });
    const input = { slug: draft.slug, reason: "Because." };
    for (const step of [startReview, returnToReview, publishStatement, withdrawStatement, closeStatementVote]) {
      expect((await refusal(step({ actor: author.actor, input }))).code).toBe("FORBIDDEN");
    }
    expect((await refusal(openStatementVote({ actor: author.actor, input: { ...input, closesAt: daysAfter(new Date(), 30).toISOString() } }))).code).toBe("FORBIDDEN");
    expect((await refusal(restoreTextVersion({ actor: author.actor, input: { slug: draft.slug, number: 1, reason: "Back." } }))).code).toBe("FORBIDDEN");
    expect((await refusal(supersedeStatement({ actor: author.actor, input: { slug: draft.slug, supersededBySlug: "another", reason: "Newer." } }))).code).toBe("FORBIDDEN");
    expect((await getStatement({ actor: chair.actor, input: { slug: draft.slug } })).stage).toBe("DRAFT");
  });

  it("requires a reason and refuses steps the stage does not allow, saying what would be possible", async () => {
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    const draft = await createStatement({ actor: author.actor, input: statementInput() });
    expect((await refusal(startReview({ actor: chair.actor, input: { slug: draft.slug, reason: "" } }))).fieldErrors).toHaveProperty("reason");
    expect((await refusal(startReview({ actor: chair.actor, input: { slug: draft.slug, reason: "x".repeat(2001) } }))).fieldErrors).toHaveProperty("reason");
    expect(await refusal(openStatementVote({ actor: chair.actor, input: { slug: draft.slug, reason: "Vote now.", closesAt: daysAfter(new Date(), 30).toISOString() } }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("review first"),
    });
    expect(await refusal(publishStatement({ actor: chair.actor, input: { slug: draft.slug, reason: "Publish." } }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("vote passed") });
    expect(await refusal(returnToReview({ actor: chair.actor, input: { slug: draft.slug, reason: "Back." } }))).toMatchObject({ code: "CONFLICT" });
    await withdrawStatement({ actor: chair.actor, input: { slug: draft.slug, reason: "Nobody works on it." } });
    expect(await refusal(startReview({ actor: chair.actor, input: { slug: draft.slug, reason: "Again." } }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("withdrawn") });
    const stored = await db.statement.findUniqueOrThrow({ where: { slug: draft.slug } });
    expect(stored.withdrawnAt).toBeInstanceOf(Date);
  });

  it("takes a statement through review, an abandoned vote, a passed vote and publication, recording every step and telling the followers", async () => {
    const start = new Date();
    const [author, follower, chair] = await Promise.all([createMember(), createMember(), createMember({ role: "chair" })]);
    const statement = await statementInReview(author.actor, chair.actor, start);
    await followStatement({ actor: follower.actor, input: { slug: statement.slug } });
    const reviewed = await getStatement({ actor: author.actor, input: { slug: statement.slug } });
    expect(reviewed.stage).toBe("REVIEW");
    expect(reviewed.reviewStartedAt).toEqual(start);

    const open = (closesAt: Date, now: Date) => openStatementVote({ actor: chair.actor, input: { slug: statement.slug, reason: "Vote.", closesAt: closesAt.toISOString() }, now });
    await open(daysAfter(start, 8), daysAfter(start, 1));
    await returnToReview({ actor: chair.actor, input: { slug: statement.slug, reason: "A paragraph needs work." }, now: daysAfter(start, 2) });
    const [abandoned] = await db.statementVoteRound.findMany({ where: { statement: { slug: statement.slug } } });
    expect(abandoned).toMatchObject({ outcome: null, closedAt: daysAfter(start, 2) });

    await open(daysAfter(start, 9), daysAfter(start, 3));
    for (const voter of [author, follower, chair]) await castStatementVote({ actor: voter.actor, input: { slug: statement.slug, choice: "AGREE" }, now: daysAfter(start, 4) });
    await closeStatementVote({ actor: chair.actor, input: { slug: statement.slug }, now: daysAfter(start, 9) });
    const published = await publishStatement({ actor: chair.actor, input: { slug: statement.slug, reason: "The vote passed." }, now: daysAfter(start, 10) });
    expect(published).toMatchObject({ stage: "PUBLISHED", publishedAt: daysAfter(start, 10), publishedVersionNumber: 1, currentRound: { outcome: "PASSED" } });
    expect(published.stageHistory.map((change) => `${change.fromStage}>${change.toStage}`)).toEqual(["DRAFT>REVIEW", "REVIEW>VOTE", "VOTE>REVIEW", "REVIEW>VOTE", "VOTE>PUBLISHED"]);
    expect(published.stageHistory.every((change) => change.textVersionId !== null && change.reason.length > 0)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "statement.stage.change", subjectId: String(published.id) } })).toBe(5);
    const followerNotices = await db.notification.findMany({ where: { userId: follower.id, kind: "statement" } });
    expect(followerNotices.some((notice) => notice.title.includes("published"))).toBe(true);
    expect(await db.notification.count({ where: { userId: chair.id, title: { contains: "is published" } } })).toBe(0);

    expect(await refusal(withdrawStatement({ actor: chair.actor, input: { slug: statement.slug, reason: "Oops." } }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("supersede") });
    expect((await listStatements({ actor: anonymousActor })).map((listed) => listed.slug)).toEqual([statement.slug]);
  });

  it("supersedes a published statement by another published one, linking both ways", async () => {
    const start = new Date();
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    const publish = async (title: string) => {
      const statement = await statementInVote(author.actor, chair.actor, start);
      await db.statement.update({ where: { slug: statement.slug }, data: { title } });
      for (const voter of [author, chair]) await castStatementVote({ actor: voter.actor, input: { slug: statement.slug, choice: "AGREE" }, now: daysAfter(start, 2) });
      await closeStatementVote({ actor: chair.actor, input: { slug: statement.slug }, now: daysAfter(start, 8) });
      return publishStatement({ actor: chair.actor, input: { slug: statement.slug, reason: "Passed." }, now: daysAfter(start, 8) });
    };
    const older = await publish("The older statement");
    const newer = await publish("The newer statement");
    const draft = await createStatement({ actor: author.actor, input: statementInput() });
    expect((await refusal(supersedeStatement({ actor: chair.actor, input: { slug: older.slug, supersededBySlug: draft.slug, reason: "Replaced." } }))).code).toBe("CONFLICT");
    await supersedeStatement({ actor: chair.actor, input: { slug: older.slug, supersededBySlug: newer.slug, reason: "Replaced by the newer one." } });
    expect((await getStatement({ actor: anonymousActor, input: { slug: older.slug } })).supersededBy).toMatchObject({ slug: newer.slug });
    expect((await getStatement({ actor: anonymousActor, input: { slug: newer.slug } })).supersedes).toEqual([{ slug: older.slug, title: "The older statement" }]);
    expect((await refusal(supersedeStatement({ actor: chair.actor, input: { slug: newer.slug, supersededBySlug: older.slug, reason: "Circular." } }))).message).toContain("cannot replace each other");
  });
});

describe("text versions", () => {
  it("keeps a version only when the text changed, compares two line by line, and lets a chair restore one in review", async () => {
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    const statement = await createStatement({ actor: author.actor, input: statementInput() });
    // The live editor writes the text; here, as it would.
    await db.statement.update({ where: { id: statement.id }, data: { markdown: "# Free-threading\n\nA better first paragraph.\n" } });
    await startReview({ actor: chair.actor, input: { slug: statement.slug, reason: "Ready." } });
    const restored = await restoreTextVersion({ actor: chair.actor, input: { slug: statement.slug, number: 1, reason: "The first wording was clearer." } });
    // Version 2 (review) already holds the replaced text, so no BEFORE_RESTORE copy is kept; the restored text is version 3.
    expect(restored).toEqual({ replacedVersion: 2, restoredVersion: 3 });
    expect((await listTextVersions({ actor: author.actor, input: { slug: statement.slug } })).map((version) => `${version.number}:${version.reason}`)).toEqual(["3:RESTORED", "2:STAGE_CHANGE", "1:STAGE_CHANGE"]);
    const stored = await db.statement.findUniqueOrThrow({ where: { id: statement.id } });
    expect(stored.markdown).toBe("# Free-threading\n\nFirst paragraph.");
    expect(stored.yjsState).not.toBeNull();

    const diff = await compareTextVersions({ actor: author.actor, input: { slug: statement.slug, from: 1, to: 2 } });
    expect(diff.parts.filter((part) => part.kind !== "unchanged").map((part) => `${part.kind}:${part.text.trim()}`)).toEqual(["removed:First paragraph.", "added:A better first paragraph."]);
    expect((await refusal(compareTextVersions({ actor: author.actor, input: { slug: statement.slug, from: 1, to: 9 } }))).code).toBe("NOT_FOUND");
  });
});

describe("restoring during a vote", () => {
  it("is refused: the vote is on a fixed text", async () => {
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    const { slug } = await statementInVote(author.actor, chair.actor, new Date());
    expect(await refusal(restoreTextVersion({ actor: chair.actor, input: { slug, number: 1, reason: "Back to the first wording." } }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("only in draft or review") });
  });
});

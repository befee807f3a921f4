import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { NewNotification } from "@/lib/notifications/create-notifications";
import { seedDatabase } from "@/lib/seed/seed-database";
import { castStatementVote, reconfirmVote } from "@/lib/statements/cast-vote";
import { publishStatement, returnToReview } from "@/lib/statements/change-statement-stage";
import { closeDueVotes, closeStatementVote } from "@/lib/statements/close-vote";
import { declareConflict, withdrawConflict } from "@/lib/statements/conflicts";
import { answerObjection, disputeObjection, listObjections, overruleObjection, withdrawObjection } from "@/lib/statements/objections";
import { openStatementVote } from "@/lib/statements/open-vote";
import { getVoteResults } from "@/lib/statements/vote-results";
import { getVoteState } from "@/lib/statements/vote-state";
import { createMember, createPerson } from "../support/factories";
import { refusal } from "../support/refusal";
import { daysAfter, statementInReview, statementInVote } from "../support/statements";

vi.mock("@/lib/notifications/email-notifications", () => ({ emailNotificationsInBackground: (_notifications: NewNotification[]) => undefined }));

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

const month = 31 * 86_400_000;
const start = () => new Date();
type Person = Awaited<ReturnType<typeof createMember>>;
const vote = (voter: Person, slug: string, choice: string, now: Date, reason?: string) => castStatementVote({ actor: voter.actor, input: { slug, choice, reason }, now });
const roundOf = (slug: string) => db.statementVoteRound.findFirstOrThrow({ where: { statement: { slug } }, orderBy: { id: "desc" } });

describe("opening a vote", () => {
  it("refuses a close before the charter's minimum review, naming the earliest date, and copies the charter's rules and the active members", async () => {
    const t0 = start();
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    await createMember({ lastActiveAt: new Date(t0.getTime() - 13 * month) });
    await createMember({ status: "SUSPENDED" });
    await createPerson();
    const statement = await statementInReview(author.actor, chair.actor, t0);
    const input = (closesAt: Date) => ({ slug: statement.slug, reason: "Review over.", closesAt: closesAt.toISOString(), isAnonymous: "on" });
    const early = await refusal(openStatementVote({ actor: chair.actor, input: input(daysAfter(t0, 6)), now: daysAfter(t0, 1) }));
    expect(early.code).toBe("INVALID_INPUT");
    expect(early.fieldErrors?.closesAt?.[0]).toContain(daysAfter(t0, 7).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
    expect((await refusal(openStatementVote({ actor: chair.actor, input: input(daysAfter(t0, 8)), now: daysAfter(t0, 9) }))).fieldErrors).toHaveProperty("closesAt");

    await openStatementVote({ actor: chair.actor, input: input(daysAfter(t0, 7)), now: daysAfter(t0, 1) });
    // Author and chair count; the inactive and the suspended member and the plain user do not.
    expect(await roundOf(statement.slug)).toMatchObject({ eligibleCount: 2, quorumPercent: 50, passThresholdPercent: 66, silenceAbstainDays: 7, isAnonymous: true, hidesResultsUntilClose: false });
  });
});

describe("casting", () => {
  it("refuses non-members, suspended and inactive members, and votes after the deadline", async () => {
    const t0 = start();
    const [author, chair, user, suspended, inactive] = await Promise.all([
      createMember(),
      createMember({ role: "chair" }),
      createPerson(),
      createMember({ status: "SUSPENDED" }),
      createMember({ lastActiveAt: new Date(t0.getTime() - 13 * month) }),
    ]);
    const { slug } = await statementInVote(author.actor, chair.actor, t0);
    expect((await refusal(castStatementVote({ actor: user.actor, input: { slug, choice: "AGREE" }, now: daysAfter(t0, 2) }))).code).toBe("FORBIDDEN");
    expect(await refusal(vote(suspended, slug, "AGREE", daysAfter(t0, 2)))).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("suspended") });
    expect(await refusal(vote(inactive, slug, "AGREE", daysAfter(t0, 2)))).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("inactive") });
    expect(await refusal(vote(author, slug, "AGREE", daysAfter(t0, 8)))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("deadline") });
    expect(await db.statementVote.count()).toBe(0);
  });

  it("needs a reason to disagree or block, records activity, and keeps every change", async () => {
    const t0 = start();
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    const { slug } = await statementInVote(author.actor, chair.actor, t0);
    expect((await refusal(vote(author, slug, "DISAGREE", daysAfter(t0, 2)))).fieldErrors).toHaveProperty("reason");
    expect((await refusal(vote(author, slug, "BLOCK", daysAfter(t0, 2), "  "))).fieldErrors).toHaveProperty("reason");
    await vote(author, slug, "DISAGREE", daysAfter(t0, 2), "The second section overstates the evidence.");
    const state = await vote(author, slug, "AGREE", daysAfter(t0, 3));
    expect(state.currentVote).toMatchObject({ choice: "AGREE", textVersionNumber: 1 });
    expect((await db.statementVoteChange.findMany({ where: { userId: author.id }, orderBy: { id: "asc" } })).map((change) => change.choice)).toEqual(["DISAGREE", "AGREE"]);
    expect((await db.membership.findUniqueOrThrow({ where: { userId: author.id } })).lastActiveAt).toEqual(daysAfter(t0, 3));
  });

  it("lets a member with a declared conflict only abstain, citing the declaration", async () => {
    const t0 = start();
    const [author, chair, employee] = await Promise.all([createMember(), createMember({ role: "chair" }), createMember()]);
    const { slug } = await statementInVote(author.actor, chair.actor, t0);
    await vote(employee, slug, "AGREE", daysAfter(t0, 2));
    await declareConflict({ actor: employee.actor, input: { slug, note: "I work for the vendor named in section 2." }, now: daysAfter(t0, 2) });
    expect((await db.statementVote.findFirstOrThrow({ where: { userId: employee.id } })).choice).toBe("ABSTAIN");
    expect(await refusal(vote(employee, slug, "AGREE", daysAfter(t0, 3)))).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/vendor named in section 2.*PEP 13/) });
    await vote(employee, slug, "ABSTAIN", daysAfter(t0, 3));
    await withdrawConflict({ actor: employee.actor, input: { slug } });
    await vote(employee, slug, "AGREE", daysAfter(t0, 4));
  });

  it("leaves one vote row for two concurrent posts by one person, with both in the history", async () => {
    const t0 = start();
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    const { slug } = await statementInVote(author.actor, chair.actor, t0);
    await Promise.all([vote(author, slug, "AGREE", daysAfter(t0, 2)), vote(author, slug, "ABSTAIN", daysAfter(t0, 2))]);
    expect(await db.statementVote.count({ where: { userId: author.id } })).toBe(1);
    expect(await db.statementVoteChange.count({ where: { userId: author.id } })).toBe(2);
  });
});

describe("many members voting at once", () => {
  it("takes their votes side by side, and a close among them counts exactly the votes recorded before it and refuses the rest", async () => {
    const t0 = start();
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    const voters = await Promise.all(Array.from({ length: 20 }, () => createMember()));
    const { slug } = await statementInVote(author.actor, chair.actor, t0);
    // More voters than the pool has connections: a transaction that waited for a second connection (the charter's settings) deadlocked the pool.
    const outcomes = await Promise.allSettled([
      ...voters.map((voter) => vote(voter, slug, "AGREE", daysAfter(t0, 2))),
      closeStatementVote({ actor: chair.actor, input: { slug }, now: daysAfter(t0, 8) }),
      ...voters.map((voter) => vote(voter, slug, "ABSTAIN", daysAfter(t0, 2))),
    ]);
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    for (const { reason } of refused) expect(reason).toMatchObject({ code: "CONFLICT", message: "There is no open vote on this statement; your vote was not recorded." });
    const round = await roundOf(slug);
    expect(round.closedAt).not.toBeNull();
    const rows = await db.statementVote.groupBy({ by: ["choice"], where: { roundId: round.id }, _count: true });
    const recorded = Object.fromEntries(rows.map((row) => [row.choice, row._count]));
    expect(round.tally).toMatchObject({ agree: recorded.AGREE ?? 0, abstain: recorded.ABSTAIN ?? 0 });
    expect(await db.statementVoteChange.count({ where: { roundId: round.id } })).toBe(outcomes.length - 1 - refused.length);
  });
});

describe("rounds on an earlier text", () => {
  it("does not count votes of the previous round, asks those voters to reconfirm, and copies the earlier vote when they do", async () => {
    const t0 = start();
    const [author, chair, member] = await Promise.all([createMember(), createMember({ role: "chair" }), createMember()]);
    const { slug, id } = await statementInVote(author.actor, chair.actor, t0);
    await vote(member, slug, "DISAGREE", daysAfter(t0, 2), "Section 2 is vague.");
    await returnToReview({ actor: chair.actor, input: { slug, reason: "Section 2 needs work." }, now: daysAfter(t0, 3) });
    await db.statement.update({ where: { id }, data: { markdown: "# Free-threading\n\nSection 2, precise now.\n" } });
    await openStatementVote({ actor: chair.actor, input: { slug, reason: "Reworked.", closesAt: daysAfter(t0, 12).toISOString() }, now: daysAfter(t0, 4) });

    expect(await db.notification.count({ where: { userId: member.id, title: { startsWith: "Vote again" } } })).toBe(1);
    const state = await getVoteState({ actor: member.actor, input: { slug }, now: daysAfter(t0, 5) });
    expect(state.currentVote).toBeNull();
    expect(state.earlierVote).toMatchObject({ choice: "DISAGREE", reason: "Section 2 is vague.", textVersionNumber: 1, currentTextVersionNumber: 2, isOnSameText: false });
    expect((await getVoteResults({ actor: chair.actor, input: { slug }, now: daysAfter(t0, 5) })).tally).toMatchObject({ participating: 0, disagree: 0 });

    const reconfirmed = await reconfirmVote({ actor: member.actor, input: { slug }, now: daysAfter(t0, 5) });
    expect(reconfirmed.currentVote).toMatchObject({ choice: "DISAGREE", reason: "Section 2 is vague.", textVersionNumber: 2 });
    expect((await refusal(reconfirmVote({ actor: member.actor, input: { slug }, now: daysAfter(t0, 5) }))).code).toBe("CONFLICT");
    expect((await refusal(reconfirmVote({ actor: author.actor, input: { slug }, now: daysAfter(t0, 5) }))).message).toContain("had not voted");
  });
});

describe("closing and publishing", () => {
  it("refuses to close before the deadline, and refuses to publish without quorum", async () => {
    const t0 = start();
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" }), createMember(), createMember()]);
    const { slug } = await statementInVote(author.actor, chair.actor, t0);
    await vote(author, slug, "AGREE", daysAfter(t0, 2));
    expect(await refusal(closeStatementVote({ actor: chair.actor, input: { slug }, now: daysAfter(t0, 7) }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("cannot be closed earlier") });
    const closed = await closeStatementVote({ actor: chair.actor, input: { slug }, now: daysAfter(t0, 8) });
    expect(closed.currentRound).toMatchObject({ outcome: "FAILED" });
    expect((await roundOf(slug)).tally).toMatchObject({ participating: 1, quorumNeeded: 2, isQuorumMet: false, silentAbstain: 3 });
    expect(await refusal(publishStatement({ actor: chair.actor, input: { slug, reason: "Publish." }, now: daysAfter(t0, 9) }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("did not pass") });
  });

  it("passes exactly at quorum, counts silence as abstaining by the clock only, and closes due votes for a scheduler", async () => {
    const t0 = start();
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" }), createMember(), createMember()]);
    const { slug } = await statementInVote(author.actor, chair.actor, t0);
    await vote(author, slug, "AGREE", daysAfter(t0, 2));
    await vote(chair, slug, "ABSTAIN", daysAfter(t0, 2));
    const before = await getVoteResults({ actor: author.actor, input: { slug }, now: daysAfter(t0, 7.9) });
    expect(before.tally).toMatchObject({ silentAbstain: 0, participating: 2, isQuorumMet: true, passes: true });
    const after = await getVoteResults({ actor: author.actor, input: { slug }, now: daysAfter(t0, 8) });
    expect(after.tally).toMatchObject({ silentAbstain: 2, passes: true });
    expect(await db.statementVote.count()).toBe(2);

    expect(await closeDueVotes(daysAfter(t0, 7.5))).toEqual({ closed: [] });
    expect(await closeDueVotes(daysAfter(t0, 8))).toEqual({ closed: [slug] });
    expect((await roundOf(slug)).outcome).toBe("PASSED");
    expect(await db.auditLog.count({ where: { action: "statement.vote.close", actorId: null } })).toBe(1);
  });

  it("does not pass with an open block, and publishes once the group overruled it before the close", async () => {
    const t0 = start();
    const [author, chair, blocker] = await Promise.all([createMember(), createMember({ role: "chair" }), createMember()]);
    const blocked = await statementInVote(author.actor, chair.actor, t0);
    await vote(author, blocked.slug, "AGREE", daysAfter(t0, 2));
    await vote(chair, blocked.slug, "AGREE", daysAfter(t0, 2));
    await vote(chair, blocked.slug, "AGREE", daysAfter(t0, 2));
    await vote(blocker, blocked.slug, "BLOCK", daysAfter(t0, 2), "This would commit centres to a build they cannot support.");
    await closeStatementVote({ actor: chair.actor, input: { slug: blocked.slug }, now: daysAfter(t0, 8) });
    expect((await roundOf(blocked.slug)).tally).toMatchObject({ openObjections: 1, passes: false });
    expect((await refusal(publishStatement({ actor: chair.actor, input: { slug: blocked.slug, reason: "Publish." } }))).message).toContain("open block");

    const overruled = await statementInVote(author.actor, chair.actor, t0);
    await vote(author, overruled.slug, "AGREE", daysAfter(t0, 2));
    await vote(chair, overruled.slug, "AGREE", daysAfter(t0, 2));
    await vote(blocker, overruled.slug, "BLOCK", daysAfter(t0, 2), "Same concern as before.");
    const [objection] = await listObjections({ actor: chair.actor, input: { slug: overruled.slug } });
    await overruleObjection({ actor: chair.actor, input: { objectionId: objection!.id, reason: "The group met and decided to go ahead, 9 to 1." }, now: daysAfter(t0, 3) });
    await closeStatementVote({ actor: chair.actor, input: { slug: overruled.slug }, now: daysAfter(t0, 8) });
    expect((await publishStatement({ actor: chair.actor, input: { slug: overruled.slug, reason: "Passed." } })).stage).toBe("PUBLISHED");
    expect(await listObjections({ actor: chair.actor, input: { slug: overruled.slug } })).toMatchObject([{ state: "OVERRULED", response: "The group met and decided to go ahead, 9 to 1." }]);
  });
});

describe("objections", () => {
  it("are withdrawn by their author (or by voting otherwise), answered, disputed and reopened, with audit and notices", async () => {
    const t0 = start();
    const [author, chair, blocker, other] = await Promise.all([createMember(), createMember({ role: "chair" }), createMember(), createMember()]);
    const { slug } = await statementInVote(author.actor, chair.actor, t0);
    await vote(blocker, slug, "BLOCK", daysAfter(t0, 2), "Section 3 misreads PEP 703.");
    const [objection] = await listObjections({ actor: blocker.actor, input: { slug } });
    expect(objection).toMatchObject({ state: "OPEN", isOwn: true, reason: "Section 3 misreads PEP 703." });
    const objectionId = objection!.id;

    expect((await refusal(withdrawObjection({ actor: other.actor, input: { objectionId } }))).code).toBe("FORBIDDEN");
    expect((await refusal(answerObjection({ actor: blocker.actor, input: { objectionId, response: "Answer." } }))).code).toBe("FORBIDDEN");
    expect((await refusal(disputeObjection({ actor: blocker.actor, input: { objectionId, dispute: "Not answered yet." } }))).code).toBe("CONFLICT");

    await answerObjection({ actor: chair.actor, input: { objectionId, response: "Section 3 now quotes the PEP directly." } });
    expect(await db.notification.count({ where: { userId: blocker.id, title: { contains: "answered your objection" } } })).toBe(1);
    await disputeObjection({ actor: blocker.actor, input: { objectionId, dispute: "The quote is out of context." } });
    expect(await listObjections({ actor: chair.actor, input: { slug } })).toMatchObject([{ state: "OPEN", dispute: "The quote is out of context." }]);
    await withdrawObjection({ actor: blocker.actor, input: { objectionId } });
    expect((await listObjections({ actor: chair.actor, input: { slug } }))[0]!.state).toBe("WITHDRAWN");
    expect(await db.auditLog.count({ where: { action: { startsWith: "statement.objection." } } })).toBe(3);

    // Blocking again reopens it; voting otherwise withdraws it.
    await vote(blocker, slug, "BLOCK", daysAfter(t0, 3), "On reflection, still misread.");
    expect(await listObjections({ actor: chair.actor, input: { slug } })).toMatchObject([{ state: "OPEN", reason: "On reflection, still misread." }]);
    await vote(blocker, slug, "DISAGREE", daysAfter(t0, 4), "Not a block, but I disagree.");
    expect((await listObjections({ actor: chair.actor, input: { slug } }))[0]!.state).toBe("WITHDRAWN");
  });
});

describe("results visibility", () => {
  it("hides counts from everyone while the round is open, showing chairs only who voted, and shows them at the close", async () => {
    const t0 = start();
    const [author, chair] = await Promise.all([createMember({ name: "Ada Voter" }), createMember({ role: "chair" })]);
    const { slug } = await statementInVote(author.actor, chair.actor, t0, { hidesResultsUntilClose: true });
    await vote(author, slug, "AGREE", daysAfter(t0, 2));
    expect(await getVoteResults({ actor: author.actor, input: { slug }, now: daysAfter(t0, 3) })).toMatchObject({ areResultsVisible: false, tally: null, voters: [] });
    expect(await getVoteResults({ actor: chair.actor, input: { slug }, now: daysAfter(t0, 3) })).toMatchObject({ areResultsVisible: false, tally: null, voters: [{ label: "Ada Voter", choice: null }] });
    await closeStatementVote({ actor: chair.actor, input: { slug }, now: daysAfter(t0, 8) });
    expect(await getVoteResults({ actor: author.actor, input: { slug }, now: daysAfter(t0, 9) })).toMatchObject({ areResultsVisible: true, tally: { agree: 1 }, voters: [{ label: "Ada Voter", choice: "AGREE" }] });
  });

  it("names voters Member 1, Member 2… in an anonymous round, to chairs too, with their reasons", async () => {
    const t0 = start();
    const [author, chair] = await Promise.all([createMember({ name: "Ada Voter" }), createMember({ role: "chair", name: "Chair Person" })]);
    const { slug } = await statementInVote(author.actor, chair.actor, t0, { isAnonymous: true });
    await vote(author, slug, "AGREE", daysAfter(t0, 2));
    await vote(chair, slug, "DISAGREE", daysAfter(t0, 3), "Too long.");
    const results = await getVoteResults({ actor: chair.actor, input: { slug }, now: daysAfter(t0, 4) });
    expect(results.voters).toEqual([
      { label: "Member 1", choice: "AGREE", reason: null, changedAt: daysAfter(t0, 2) },
      { label: "Member 2", choice: "DISAGREE", reason: "Too long.", changedAt: daysAfter(t0, 3) },
    ]);
    expect(JSON.stringify(results)).not.toMatch(/Ada Voter|Chair Person/);
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { editCharter } from "@/lib/charter/edit-charter";
import { charterInputSchema } from "@/lib/charter/schemas";
import type { NewNotification } from "@/lib/notifications/create-notifications";
import { seedDatabase } from "@/lib/seed/seed-database";
import { castStatementVote } from "@/lib/statements/cast-vote";
import { returnToReview } from "@/lib/statements/change-statement-stage";
import { closeDueVotes } from "@/lib/statements/close-vote";
import { declareConflict } from "@/lib/statements/conflicts";
import { openStatementVote } from "@/lib/statements/open-vote";
import { remindVoters } from "@/lib/statements/remind-voters";
import { getVoteResults } from "@/lib/statements/vote-results";
import { createMember, createPerson } from "../support/factories";
import { day, daysAfter, statementInVote } from "../support/statements";

const emailed = vi.hoisted(() => [] as NewNotification[]);
vi.mock("@/lib/notifications/email-notifications", () => ({ emailNotificationsInBackground: (notifications: NewNotification[]) => void emailed.push(...notifications) }));

beforeEach(async () => {
  emailed.length = 0;
  await seedDatabase({ withDemoData: false });
});

const month = 31 * 86_400_000;
const hour = 3_600_000;
type Person = Awaited<ReturnType<typeof createMember>>;
const vote = (voter: Person, slug: string, choice: string, now: Date, reason?: string) => castStatementVote({ actor: voter.actor, input: { slug, choice, reason }, now });
const reminders = () => db.notification.findMany({ where: { kind: "statement.vote-reminder" }, orderBy: { userId: "asc" }, select: { userId: true, title: true, body: true, link: true } });
const remindedIds = async () => (await reminders()).map((notification) => notification.userId).sort();
const ids = (...people: Person[]) => people.map((person) => person.id).sort();
const roundOf = (slug: string) => db.statementVoteRound.findFirstOrThrow({ where: { statement: { slug } }, orderBy: { id: "desc" } });

/** A vote opened at `opened` (review a day before), closing seven days after it, on a statement by `author` with `chair` running it. */
async function voteOpenedAt(opened: Date) {
  const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
  const statement = await statementInVote(author.actor, chair.actor, new Date(opened.getTime() - day));
  return { author, chair, ...statement };
}

describe("the first reminder", () => {
  it("is not due before a day has passed since the vote opened", async () => {
    const opened = new Date();
    await voteOpenedAt(opened);
    expect(await remindVoters({ now: new Date(opened.getTime() + day - 1) })).toEqual({ reminded: [] });
    expect(await reminders()).toEqual([]);
    expect((await db.statementVoteRound.findFirstOrThrow()).lastReminderAt).toBeNull();
  });

  it("a day after the opening tells exactly the active members who have not voted, with a link to the statement", async () => {
    const opened = new Date();
    const { author, chair, slug, title } = await voteOpenedAt(opened);
    const [voter, silent] = await Promise.all([createMember(), createMember()]);
    // None of these vote, so none of them is reminded.
    await Promise.all([createMember({ status: "SUSPENDED" }), createMember({ status: "LEFT" }), createMember({ lastActiveAt: new Date(opened.getTime() - 13 * month) }), createPerson()]);
    await vote(voter, slug, "AGREE", new Date(opened.getTime() + hour));

    const at = new Date(opened.getTime() + day);
    expect(await remindVoters({ now: at })).toEqual({ reminded: [{ slug, notVoted: 3, reconfirm: 0 }] });
    expect(await remindedIds()).toEqual(ids(author, chair, silent));
    expect(await reminders()).toEqual(expect.arrayContaining([{ userId: silent.id, title: `Vote on "${title}"`, body: expect.stringContaining("you have not voted yet"), link: `/statements/${slug}` }]));
    expect(
      emailed
        .filter((notification) => notification.kind === "statement.vote-reminder")
        .map((notification) => notification.userId)
        .sort(),
    ).toEqual(ids(author, chair, silent));
    expect(await roundOf(slug)).toMatchObject({ lastReminderAt: at, remindersSent: 1 });
  });
});

describe("votes on an earlier text", () => {
  it("asks their voters to reconfirm, leaves this round's voters alone, and does not ask a member with a conflict who abstained", async () => {
    const t0 = new Date();
    const [author, chair, stale, current, conflicted, newcomer] = await Promise.all([createMember(), createMember({ role: "chair" }), createMember(), createMember(), createMember(), createMember()]);
    const { slug, id, title } = await statementInVote(author.actor, chair.actor, t0);
    await vote(stale, slug, "DISAGREE", daysAfter(t0, 1.5), "Section 2 is vague.");
    await vote(current, slug, "AGREE", daysAfter(t0, 1.5));
    await declareConflict({ actor: conflicted.actor, input: { slug, note: "I maintain the project it criticises." }, now: daysAfter(t0, 1.5) });
    await vote(conflicted, slug, "ABSTAIN", daysAfter(t0, 1.5));
    await returnToReview({ actor: chair.actor, input: { slug, reason: "Section 2 needs work." }, now: daysAfter(t0, 3) });
    await db.statement.update({ where: { id }, data: { markdown: "# Free-threading\n\nSection 2, precise now.\n" } });
    await openStatementVote({ actor: chair.actor, input: { slug, reason: "Reworked.", closesAt: daysAfter(t0, 12).toISOString() }, now: daysAfter(t0, 4) });
    await vote(current, slug, "AGREE", daysAfter(t0, 4.5));

    expect(await remindVoters({ now: daysAfter(t0, 5) })).toEqual({ reminded: [{ slug, notVoted: 3, reconfirm: 1 }] });
    const sent = await reminders();
    expect(sent.map((notification) => notification.userId).sort()).toEqual(ids(author, chair, stale, newcomer));
    expect(sent.find((notification) => notification.userId === stale.id)).toEqual({
      userId: stale.id,
      title: `Reconfirm your vote on "${title}"`,
      body: expect.stringContaining("The text changed since you voted"),
      link: `/statements/${slug}`,
    });
    expect(sent.filter((notification) => notification.userId !== stale.id).every((notification) => notification.title === `Vote on "${title}"`)).toBe(true);
  });
});

describe("later reminders", () => {
  it("are not sent twice at the same moment, and come again after the round's interval", async () => {
    const opened = new Date();
    const { author, chair, slug } = await voteOpenedAt(opened);
    const first = new Date(opened.getTime() + day + 5 * 60_000);
    expect((await remindVoters({ now: first })).reminded).toHaveLength(1);
    expect(await remindVoters({ now: first })).toEqual({ reminded: [] });
    expect(await reminders()).toHaveLength(2);

    // The default interval of two days, counted from the last reminder, not from the opening.
    expect(await remindVoters({ now: new Date(first.getTime() + 2 * day - 1) })).toEqual({ reminded: [] });
    await vote(author, slug, "AGREE", new Date(first.getTime() + day));
    const second = new Date(first.getTime() + 2 * day);
    expect(await remindVoters({ now: second })).toEqual({ reminded: [{ slug, notVoted: 1, reconfirm: 0 }] });
    expect(await remindedIds()).toEqual(ids(author, chair, chair));
    expect(await roundOf(slug)).toMatchObject({ lastReminderAt: second, remindersSent: 2 });
  });

  it("follow the interval the charter had when the vote opened, not a later change", async () => {
    const chair = await createMember({ role: "chair" });
    const current = await db.charterVersion.findFirstOrThrow({ orderBy: { version: "desc" } });
    const input = (days: number, version: number) => charterInputSchema.parse({ ...current, voteReminderIntervalDays: String(days), reason: "Remind less often", expectedVersion: version });
    expect(await editCharter({ actor: chair.actor, input: input(5, 1) })).toEqual({ status: "saved", version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "charter.edit" } });
    expect(audit.after).toMatchObject({ changed: ["voteReminderIntervalDays"], settings: { voteReminderIntervalDays: 5 } });

    const t0 = new Date();
    const { slug } = await statementInVote(chair.actor, chair.actor, t0);
    expect(await roundOf(slug)).toMatchObject({ reminderIntervalDays: 5 });
    await editCharter({ actor: chair.actor, input: input(1, 2) });
    expect((await remindVoters({ now: daysAfter(t0, 2) })).reminded).toHaveLength(1);
    expect(await remindVoters({ now: daysAfter(t0, 3) })).toEqual({ reminded: [] });
    expect(await remindVoters({ now: daysAfter(t0, 6.99) })).toEqual({ reminded: [] });
    expect((await remindVoters({ now: daysAfter(t0, 7) })).reminded).toHaveLength(1);
  });

  it("go out once when two processes run at the same moment", async () => {
    const opened = new Date();
    const { slug } = await voteOpenedAt(opened);
    await Promise.all([createMember(), createMember()]);
    const at = new Date(opened.getTime() + day);
    const [one, other] = await Promise.all([remindVoters({ now: at }), remindVoters({ now: at })]);
    expect([...one.reminded, ...other.reminded]).toEqual([{ slug, notVoted: 4, reconfirm: 0 }]);
    expect(await reminders()).toHaveLength(4);
    expect(await roundOf(slug)).toMatchObject({ remindersSent: 1 });
  });
});

describe("closed rounds", () => {
  it("never remind: past the deadline, closed, or returned to review", async () => {
    const t0 = new Date();
    const [author, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    const closed = await statementInVote(author.actor, chair.actor, t0);
    // Past its deadline (eight days after t0) but not yet closed by the minute task: no reminder now.
    expect(await remindVoters({ now: daysAfter(t0, 8) })).toEqual({ reminded: [] });
    expect(await closeDueVotes(daysAfter(t0, 8))).toEqual({ closed: [closed.slug] });
    expect(await remindVoters({ now: daysAfter(t0, 9) })).toEqual({ reminded: [] });

    const returned = await statementInVote(author.actor, chair.actor, t0);
    await returnToReview({ actor: chair.actor, input: { slug: returned.slug, reason: "Not ready." }, now: daysAfter(t0, 1.5) });
    expect(await remindVoters({ now: daysAfter(t0, 3) })).toEqual({ reminded: [] });
    expect(await reminders()).toEqual([]);
  });
});

describe("what the statement's page shows", () => {
  it("tells the chairs when the last reminder went out and the next is due, and members nothing", async () => {
    const opened = new Date();
    const { author, chair, slug } = await voteOpenedAt(opened);
    const results = (actor: Person["actor"], now: Date) => getVoteResults({ actor, input: { slug }, now });
    expect((await results(chair.actor, opened)).reminders).toEqual({ sent: 0, lastSentAt: null, nextAt: new Date(opened.getTime() + day) });
    expect((await results(author.actor, opened)).reminders).toBeNull();

    const at = new Date(opened.getTime() + day);
    await remindVoters({ now: at });
    expect((await results(chair.actor, at)).reminders).toEqual({ sent: 1, lastSentAt: at, nextAt: new Date(at.getTime() + 2 * day) });
    // The vote closes seven days after it opened: the reminder due then is never sent.
    await remindVoters({ now: daysAfter(at, 2) });
    await remindVoters({ now: daysAfter(at, 4) });
    expect((await results(chair.actor, daysAfter(at, 4))).reminders).toEqual({ sent: 3, lastSentAt: daysAfter(at, 4), nextAt: null });
    expect((await results(author.actor, daysAfter(at, 4))).reminders).toBeNull();
  });
});

describe("the charter's reminder interval", () => {
  it("defaults to two days and refuses 0 and 31 with a message naming the bounds", async () => {
    const current = await db.charterVersion.findFirstOrThrow({ orderBy: { version: "desc" } });
    expect(current.voteReminderIntervalDays).toBe(2);
    for (const value of ["0", "31", "2.5"]) {
      const parsed = charterInputSchema.safeParse({ ...current, voteReminderIntervalDays: value, reason: "A change", expectedVersion: current.version });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["voteReminderIntervalDays", "Reminders to vote every: give a whole number from 1 to 30 (days)."]]);
    }
    expect(charterInputSchema.safeParse({ ...current, voteReminderIntervalDays: "30", reason: "A change", expectedVersion: current.version }).success).toBe(true);
  });
});

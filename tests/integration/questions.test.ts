import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LiveViewer } from "@/lib/live/live-source";
import type { LiveQuestion } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { anonymousActor, liveAbilitiesFor, type Actor } from "@/lib/permissions";
import { askQuestion } from "@/lib/questions/ask-question";
import { questionsLiveSource } from "@/lib/questions/live-source";
import { moderateQuestion } from "@/lib/questions/moderate-question";
import { questionsAsMarkdown } from "@/lib/questions/questions-markdown";
import { askQuestionSchema } from "@/lib/questions/schemas";
import { setQuestionsNeedApproval } from "@/lib/questions/set-questions-need-approval";
import { toggleQuestionVote } from "@/lib/questions/toggle-question-vote";
import { demoQuestions, seedDemoQuestions } from "@/lib/seed/demo-questions";
import { createPerson, createSession } from "../support/factories";
import { listenToLiveNotices } from "../support/live-notices";

/**
 * Audience Q&A: asking (at once or after approval), votes that count once,
 * chairs' moderation, what each viewer sees, and the live notices.
 */

async function viewerFor(actor: Actor, sessionId: number): Promise<LiveViewer> {
  const session = await db.bofSession.findUniqueOrThrow({ where: { id: sessionId }, select: { visibility: true, notesEditors: true, endsAt: true } });
  return { actor, abilities: liveAbilitiesFor(actor, { ...session, hasEnded: session.endsAt.getTime() <= Date.now() }) };
}

/** The questions of a session as this actor receives them on the live channel. */
async function questionsSeenBy(actor: Actor, sessionId: number): Promise<LiveQuestion[]> {
  const viewer = await viewerFor(actor, sessionId);
  const records = await questionsLiveSource.loadAll(sessionId);
  const mine = actor.userId ? await questionsLiveSource.loadMine(actor.userId, records.map((record) => record.id)) : new Map<number, true>();
  return records.flatMap((record) => questionsLiveSource.view(record, viewer, mine.get(record.id)) ?? []);
}

async function seenBy(actor: Actor, questionId: number) {
  const record = await questionsLiveSource.loadOne(questionId);
  if (!record) return null;
  const viewer = await viewerFor(actor, record.sessionId);
  const mine = actor.userId ? await questionsLiveSource.loadMine(actor.userId, [questionId]) : new Map<number, true>();
  return questionsLiveSource.view(record, viewer, mine.get(questionId));
}

const ask = (actor: Actor, sessionId: number, body = "How do sites ship MPI-enabled wheels?", isAnonymous = false) => askQuestion({ actor, sessionId, body, isAnonymous });

describe("asking", () => {
  it("shows a question to everyone at once when the session does not approve questions first", async () => {
    const session = await createSession();
    const asker = await createPerson({ name: "Asha Asker" });
    const other = await createPerson();
    const question = await ask(asker.actor, session.id, "  Will lazy imports help 1,024 ranks start faster?  ");
    expect(question).toMatchObject({ body: "Will lazy imports help 1,024 ranks start faster?", state: "VISIBLE", isMine: true, askerName: "Asha Asker", voteCount: 0, hasMyVote: false, version: 1 });
    expect(await seenBy(other.actor, question.id)).toMatchObject({ state: "VISIBLE", isMine: false, askerName: "Asha Asker" });
    expect(await seenBy(anonymousActor, question.id)).toMatchObject({ state: "VISIBLE", askerName: "Asha Asker" });
  });

  it("keeps a question for a chair when the session approves questions first; its asker and chairs see it waiting", async () => {
    const session = await createSession({ questionsNeedApproval: true });
    const asker = await createPerson();
    const other = await createPerson();
    const chair = await createPerson({ role: "chair" });
    const question = await ask(asker.actor, session.id);
    expect(question.state).toBe("PENDING");
    expect(await seenBy(asker.actor, question.id)).toMatchObject({ state: "PENDING", isMine: true });
    expect(await seenBy(chair.actor, question.id)).toMatchObject({ state: "PENDING", isMine: false });
    expect(await seenBy(other.actor, question.id)).toBeNull();
    expect(await seenBy(anonymousActor, question.id)).toBeNull();

    const approved = await moderateQuestion({ actor: chair.actor, questionId: question.id, moderation: { type: "approve" } });
    expect(approved).toMatchObject({ state: "VISIBLE", version: 2 });
    expect(await seenBy(other.actor, question.id)).toMatchObject({ state: "VISIBLE" });
  });

  it("refuses empty and oversize questions with a message, in the schema and the use case alike", async () => {
    const session = await createSession();
    const asker = await createPerson();
    for (const [body, message] of [
      ["   ", "Write your question."],
      ["ok", "Write a question of at least 3 characters."],
      ["x".repeat(501), "Keep your question under 500 characters; you can ask a second one."],
    ] as const) {
      const parsed = askQuestionSchema.safeParse({ sessionId: session.id, body, isAnonymous: false });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([message]);
      await expect(ask(asker.actor, session.id, body)).rejects.toMatchObject({ code: "INVALID_INPUT", message, fieldErrors: { body: [message] } });
    }
    // 500 characters after trimming are fine.
    await expect(ask(asker.actor, session.id, ` ${"y".repeat(500)} `)).resolves.toMatchObject({ body: "y".repeat(500) });
    expect(await db.question.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("takes at most five questions per person and session in five minutes, and says when the next one is possible", async () => {
    const session = await createSession();
    const otherSession = await createSession();
    const asker = await createPerson();
    const other = await createPerson();
    for (let index = 1; index <= 5; index++) await ask(asker.actor, session.id, `Question number ${index}`);
    await expect(ask(asker.actor, session.id, "Question number 6")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^You have asked 5 questions in the last 5 minutes, the most we take at once\. You can ask again in 5 minutes\.$/),
    });
    // Others, and the same person in another session, are not held back.
    await expect(ask(other.actor, session.id)).resolves.toMatchObject({ state: "VISIBLE" });
    await expect(ask(asker.actor, otherSession.id)).resolves.toMatchObject({ state: "VISIBLE" });
    // Once the oldest is older than five minutes, one more is accepted.
    const oldest = await db.question.findFirstOrThrow({ where: { sessionId: session.id, authorId: asker.id }, orderBy: { id: "asc" } });
    await db.question.update({ where: { id: oldest.id }, data: { createdAt: new Date(Date.now() - 5 * 60_000 - 1000) } });
    await expect(ask(asker.actor, session.id, "Question number 6")).resolves.toMatchObject({ state: "VISIBLE" });
    await expect(ask(asker.actor, session.id, "Question number 7")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("holds the limit when one person sends many questions at once", async () => {
    const session = await createSession();
    const asker = await createPerson();
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, index) => ask(asker.actor, session.id, `Burst question ${index}`)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(5);
    expect(await db.question.count({ where: { sessionId: session.id } })).toBe(5);
  });

  it("hides an anonymous asker's name from the audience but not from chairs", async () => {
    const session = await createSession();
    const asker = await createPerson({ name: "Quiet Quentin" });
    const other = await createPerson();
    const chair = await createPerson({ role: "chair" });
    const question = await ask(asker.actor, session.id, "Is anyone running free-threaded builds in production?", true);
    expect(question).toMatchObject({ isAnonymous: true, askerName: null, isMine: true });
    expect(await seenBy(other.actor, question.id)).toMatchObject({ isAnonymous: true, askerName: null, isMine: false });
    expect(await seenBy(anonymousActor, question.id)).toMatchObject({ askerName: null });
    expect(await seenBy(chair.actor, question.id)).toMatchObject({ isAnonymous: true, askerName: "Quiet Quentin" });
  });

  it("refuses visitors, and questions after the session ended, with a clear reason", async () => {
    const ended = await createSession({ hoursFromNow: [-3, -2] });
    const asker = await createPerson();
    await expect(ask(anonymousActor, ended.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(ask(asker.actor, ended.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "This session has ended, so it takes no more questions; the ones asked stay here as its record.",
    });
    expect(await db.question.count()).toBe(0);
  });

  it("treats a members-only session as absent for those who may not read it", async () => {
    const session = await createSession({ visibility: "MEMBERS" });
    const user = await createPerson();
    const member = await createPerson({ role: "member" });
    await expect(ask(user.actor, session.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ask(member.actor, session.id)).resolves.toMatchObject({ state: "VISIBLE" });
  });
});

describe("votes", () => {
  it("counts one vote per person, even from two forged requests at once, and takes it back", async () => {
    const session = await createSession();
    const asker = await createPerson();
    const voter = await createPerson();
    const question = await ask(asker.actor, session.id);

    const [first, second] = await Promise.all([
      toggleQuestionVote({ actor: voter.actor, questionId: question.id, hasVote: true }),
      toggleQuestionVote({ actor: voter.actor, questionId: question.id, hasVote: true }),
    ]);
    expect(first.hasMyVote && second.hasMyVote).toBe(true);
    expect(await db.question.findUniqueOrThrow({ where: { id: question.id }, select: { voteCount: true, version: true } })).toEqual({ voteCount: 1, version: 2 });
    expect(await db.questionVote.count({ where: { questionId: question.id } })).toBe(1);
    expect(await seenBy(voter.actor, question.id)).toMatchObject({ voteCount: 1, hasMyVote: true });
    expect(await seenBy(asker.actor, question.id)).toMatchObject({ voteCount: 1, hasMyVote: false });

    const undone = await toggleQuestionVote({ actor: voter.actor, questionId: question.id, hasVote: false });
    expect(undone).toMatchObject({ voteCount: 0, hasMyVote: false, version: 3 });
    // Undoing twice changes nothing more.
    await Promise.all([
      toggleQuestionVote({ actor: voter.actor, questionId: question.id, hasVote: false }),
      toggleQuestionVote({ actor: voter.actor, questionId: question.id, hasVote: false }),
    ]);
    expect(await db.question.findUniqueOrThrow({ where: { id: question.id }, select: { voteCount: true, version: true } })).toEqual({ voteCount: 0, version: 3 });
  });

  it("counts many people voting at once, the asker included", async () => {
    const session = await createSession();
    const asker = await createPerson();
    const voters = await Promise.all(Array.from({ length: 6 }, () => createPerson()));
    const question = await ask(asker.actor, session.id);
    await Promise.all([asker, ...voters].map((person) => toggleQuestionVote({ actor: person.actor, questionId: question.id, hasVote: true })));
    expect(await db.question.findUniqueOrThrow({ where: { id: question.id }, select: { voteCount: true } })).toEqual({ voteCount: 7 });
  });

  it("refuses votes on questions waiting for approval or hidden, and from visitors", async () => {
    const session = await createSession({ questionsNeedApproval: true });
    const asker = await createPerson();
    const voter = await createPerson();
    const chair = await createPerson({ role: "chair" });
    const pending = await ask(asker.actor, session.id, "A question waiting for approval");
    // Others cannot see it, so for them it is not there; its asker is told why.
    await expect(toggleQuestionVote({ actor: voter.actor, questionId: pending.id, hasVote: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(toggleQuestionVote({ actor: asker.actor, questionId: pending.id, hasVote: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This question is waiting for a chair's approval; votes open once everyone can see it.",
    });

    await moderateQuestion({ actor: chair.actor, questionId: pending.id, moderation: { type: "approve" } });
    await moderateQuestion({ actor: chair.actor, questionId: pending.id, moderation: { type: "hide", reason: "Off topic for this session" } });
    await expect(toggleQuestionVote({ actor: voter.actor, questionId: pending.id, hasVote: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(toggleQuestionVote({ actor: chair.actor, questionId: pending.id, hasVote: true })).rejects.toMatchObject({ code: "CONFLICT", message: "A chair hid this question, so it takes no votes." });
    await expect(toggleQuestionVote({ actor: anonymousActor, questionId: pending.id, hasVote: true })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.questionVote.count()).toBe(0);
  });

  it("closes voting when the session ends", async () => {
    const session = await createSession();
    const asker = await createPerson();
    const question = await ask(asker.actor, session.id);
    await db.bofSession.update({ where: { id: session.id }, data: { endsAt: new Date(Date.now() - 1000) } });
    await expect(toggleQuestionVote({ actor: asker.actor, questionId: question.id, hasVote: true })).rejects.toMatchObject({ code: "FORBIDDEN", message: "This session has ended, so its votes are final." });
  });
});

describe("moderation", () => {
  it("is for chairs only", async () => {
    const session = await createSession();
    const asker = await createPerson();
    const member = await createPerson({ role: "member" });
    const question = await ask(asker.actor, session.id);
    for (const moderation of [{ type: "hide", reason: "Because I can" }, { type: "pin", isPinned: true }, { type: "answer", isAnswered: true }, { type: "approve" }] as const) {
      await expect(moderateQuestion({ actor: asker.actor, questionId: question.id, moderation })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(moderateQuestion({ actor: member.actor, questionId: question.id, moderation })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(moderateQuestion({ actor: anonymousActor, questionId: question.id, moderation: { type: "approve" } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(setQuestionsNeedApproval({ actor: member.actor, sessionId: session.id, needsApproval: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.question.findUniqueOrThrow({ where: { id: question.id }, select: { state: true, isPinned: true, answeredAt: true, version: true } })).toEqual({
      state: "VISIBLE",
      isPinned: false,
      answeredAt: null,
      version: 1,
    });
  });

  it("hides a question with a reason: gone for others, the asker sees why, audited; showing it again brings it back", async () => {
    const session = await createSession();
    const asker = await createPerson();
    const other = await createPerson();
    const chair = await createPerson({ role: "chair" });
    const question = await ask(asker.actor, session.id, "Buy cheap GPUs at example.invalid");
    await expect(moderateQuestion({ actor: chair.actor, questionId: question.id, moderation: { type: "hide", reason: " x " } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { reason: ["Say why it is hidden, in a few words (the asker sees it)."] },
    });

    const hidden = await moderateQuestion({ actor: chair.actor, questionId: question.id, moderation: { type: "hide", reason: "  Advertising  " } });
    expect(hidden).toMatchObject({ state: "HIDDEN", hiddenReason: "Advertising" });
    expect(await seenBy(other.actor, question.id)).toBeNull();
    expect(await seenBy(anonymousActor, question.id)).toBeNull();
    expect(await questionsSeenBy(other.actor, session.id)).toEqual([]);
    expect(await seenBy(asker.actor, question.id)).toMatchObject({ state: "HIDDEN", hiddenReason: "Advertising", isMine: true });
    expect(await db.question.findUniqueOrThrow({ where: { id: question.id }, select: { hiddenById: true } })).toEqual({ hiddenById: chair.id });
    expect(await db.auditLog.findFirst({ where: { action: "question.hide", subjectId: String(question.id) }, select: { actorId: true, reason: true, before: true, after: true } })).toEqual({
      actorId: chair.id,
      reason: "Advertising",
      before: { state: "VISIBLE" },
      after: { state: "HIDDEN" },
    });

    const shown = await moderateQuestion({ actor: chair.actor, questionId: question.id, moderation: { type: "unhide" } });
    expect(shown).toMatchObject({ state: "VISIBLE", hiddenReason: null });
    expect(await seenBy(other.actor, question.id)).toMatchObject({ state: "VISIBLE", hiddenReason: null });
    expect(await db.auditLog.count({ where: { action: "question.restore", subjectId: String(question.id) } })).toBe(1);
  });

  it("pins one question at a time, and marking it answered takes the pin", async () => {
    const session = await createSession();
    const asker = await createPerson();
    const chair = await createPerson({ role: "chair" });
    const first = await ask(asker.actor, session.id, "First question");
    const second = await ask(asker.actor, session.id, "Second question");
    await moderateQuestion({ actor: chair.actor, questionId: first.id, moderation: { type: "pin", isPinned: true } });
    const pinned = await moderateQuestion({ actor: chair.actor, questionId: second.id, moderation: { type: "pin", isPinned: true } });
    expect(pinned.isPinned).toBe(true);
    expect(await db.question.findUniqueOrThrow({ where: { id: first.id }, select: { isPinned: true, version: true } })).toEqual({ isPinned: false, version: 3 });

    const answered = await moderateQuestion({ actor: chair.actor, questionId: second.id, moderation: { type: "answer", isAnswered: true } });
    expect(answered).toMatchObject({ isPinned: false, answeredAt: expect.any(String) });
    expect(await seenBy(asker.actor, second.id)).toMatchObject({ answeredAt: answered.answeredAt });
    // The same click twice changes nothing the second time.
    const again = await moderateQuestion({ actor: chair.actor, questionId: second.id, moderation: { type: "answer", isAnswered: true } });
    expect(again.version).toBe(answered.version);
    const reopened = await moderateQuestion({ actor: chair.actor, questionId: second.id, moderation: { type: "answer", isAnswered: false } });
    expect(reopened).toMatchObject({ answeredAt: null, version: answered.version + 1 });
  });

  it("keeps moderating after the session ended", async () => {
    const session = await createSession();
    const asker = await createPerson();
    const chair = await createPerson({ role: "chair" });
    const question = await ask(asker.actor, session.id);
    await db.bofSession.update({ where: { id: session.id }, data: { endsAt: new Date(Date.now() - 1000) } });
    await expect(moderateQuestion({ actor: chair.actor, questionId: question.id, moderation: { type: "answer", isAnswered: true } })).resolves.toMatchObject({ answeredAt: expect.any(String) });
  });

  it("switches approval on and off with the agenda's version, and new questions follow the setting", async () => {
    const session = await createSession();
    const asker = await createPerson();
    const chair = await createPerson({ role: "chair" });
    const on = await setQuestionsNeedApproval({ actor: chair.actor, sessionId: session.id, needsApproval: true });
    expect(on.agenda).toEqual({ currentPosition: null, startedAt: null, questionsNeedApproval: true, version: 1 });
    expect((await ask(asker.actor, session.id)).state).toBe("PENDING");
    const off = await setQuestionsNeedApproval({ actor: chair.actor, sessionId: session.id, needsApproval: false });
    expect(off.agenda).toMatchObject({ questionsNeedApproval: false, version: 2 });
    expect((await ask(asker.actor, session.id)).state).toBe("VISIBLE");
  });
});

describe("the record", () => {
  it("lists the questions everyone saw as Markdown, most votes first, anonymous askers unnamed", async () => {
    const session = await createSession();
    const [ana, ben, chair] = await Promise.all([createPerson({ name: "Ana Example" }), createPerson({ name: "Ben Example" }), createPerson({ role: "chair" })]);
    const few = await ask(ana.actor, session.id, "Which MPI do wheels link against?");
    const many = await ask(ben.actor, session.id, "Can *we* test <GPU> backends in CI?\nWithout GPUs?", true);
    const hidden = await ask(ben.actor, session.id, "Spam");
    await toggleQuestionVote({ actor: ana.actor, questionId: many.id, hasVote: true });
    await toggleQuestionVote({ actor: chair.actor, questionId: many.id, hasVote: true });
    await toggleQuestionVote({ actor: chair.actor, questionId: few.id, hasVote: true });
    await moderateQuestion({ actor: chair.actor, questionId: few.id, moderation: { type: "answer", isAnswered: true } });
    await moderateQuestion({ actor: chair.actor, questionId: hidden.id, moderation: { type: "hide", reason: "Spam" } });

    const markdown = questionsAsMarkdown(await questionsSeenBy(chair.actor, session.id));
    expect(markdown).toBe(
      ["## Questions", "", "- Can \\*we\\* test \\<GPU\\> backends in CI? Without GPUs? — Anonymous · 2 votes", "- Which MPI do wheels link against? — Ana Example · 1 vote · answered", ""].join("\n"),
    );
    expect(questionsAsMarkdown([])).toBe("");
  });
});

describe("demo questions", () => {
  it("fill the demo BoF's record once, with votes that match their rows", async () => {
    const session = await createSession({ hoursFromNow: [-3, -2] });
    for (const name of ["uma.user", "mia.member", "max.member", "ada.admin", "charlie.chair", "chandra.chair"]) {
      await db.user.create({ data: { email: `${name}@demo.pyhpc.invalid`, name } });
    }
    expect(await seedDemoQuestions(db, { sessionSlug: session.slug })).toBe(demoQuestions.length);
    expect(await seedDemoQuestions(db, { sessionSlug: session.slug })).toBe(0);
    const stored = await db.question.findMany({ where: { sessionId: session.id }, select: { voteCount: true, _count: { select: { votes: true } } } });
    expect(stored).toHaveLength(demoQuestions.length);
    for (const question of stored) expect(question.voteCount).toBe(question._count.votes);

    const visitorSees = await questionsSeenBy(anonymousActor, session.id);
    expect(visitorSees).toHaveLength(demoQuestions.length - 1);
    expect(visitorSees.filter((question) => question.isPinned)).toHaveLength(1);
    expect(visitorSees.filter((question) => question.answeredAt)).toHaveLength(1);
    expect(visitorSees.find((question) => question.isAnonymous)?.askerName).toBeNull();
    expect(await seedDemoQuestions(db, { sessionSlug: "no-such-session" })).toBe(0);
  });
});

describe("live notices", () => {
  let listener: Awaited<ReturnType<typeof listenToLiveNotices>>;

  beforeEach(async () => {
    listener = await listenToLiveNotices();
  });
  afterEach(async () => {
    await listener.stop();
  });

  it("announces every change on commit, naming the question and who changed it", async () => {
    const session = await createSession();
    const asker = await createPerson();
    const chair = await createPerson({ role: "chair" });
    const question = await ask(asker.actor, session.id);
    await toggleQuestionVote({ actor: chair.actor, questionId: question.id, hasVote: true });
    await toggleQuestionVote({ actor: chair.actor, questionId: question.id, hasVote: true });
    await moderateQuestion({ actor: chair.actor, questionId: question.id, moderation: { type: "pin", isPinned: true } });
    await setQuestionsNeedApproval({ actor: chair.actor, sessionId: session.id, needsApproval: true });
    await listener.settle();
    expect(listener.notices).toEqual([
      { sessionId: session.id, change: { kind: "question", id: question.id }, actorId: asker.id },
      { sessionId: session.id, change: { kind: "question", id: question.id }, actorId: chair.id },
      // The second vote changed nothing, so nobody hears of it.
      { sessionId: session.id, change: { kind: "question", id: question.id }, actorId: chair.id },
      { sessionId: session.id, change: { kind: "agenda" }, actorId: chair.id },
    ]);
  });

  it("says nothing when the transaction fails, and refused requests send nothing", async () => {
    const session = await createSession({ hoursFromNow: [-3, -2] });
    const asker = await createPerson();
    await expect(
      db.$transaction(async (tx) => {
        await notifySessionLive(tx, { sessionId: session.id, change: { kind: "question", id: 1 }, actorId: asker.id });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await expect(ask(asker.actor, session.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await listener.settle();
    expect(listener.notices).toEqual([]);
  });
});

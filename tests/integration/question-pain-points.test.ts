import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LiveQuestion } from "@/lib/live/live-types";
import { anonymousActor, liveAbilitiesFor, type Actor } from "@/lib/permissions";
import { draftReportFromNotes } from "@/lib/pain-points/draft-report-from-notes";
import { getPainPoint } from "@/lib/pain-points/get-pain-point";
import { prepareReportFromSession } from "@/lib/pain-points/prepare-report-from-session";
import { reportPainPoint } from "@/lib/pain-points/report-pain-point";
import { reportSchema, type NewReportInput } from "@/lib/pain-points/schemas";
import { draftLifetimeMs, readQuestionOrigin } from "@/lib/pain-points/session-origin";
import { setPainPointHidden } from "@/lib/pain-points/set-pain-point-hidden";
import { askQuestion } from "@/lib/questions/ask-question";
import { questionsLiveSource } from "@/lib/questions/live-source";
import { moderateQuestion } from "@/lib/questions/moderate-question";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createPerson, createSession } from "../support/factories";
import { listenToLiveNotices } from "../support/live-notices";
import { refusal } from "../support/refusal";

/**
 * Questions become work: a chair files a pain point from an audience question
 * or a passage of the notes. What is stored (session, question, asker — never
 * an anonymous one), what is refused (not a chair, not there, hidden, filed
 * already, a replayed draft), and what everyone then sees on the question and
 * the report.
 */

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

/** The rest of the form, as the chair completes it. */
const completed = (origin: Pick<NewReportInput, "fromQuestion" | "fromDraft">, overrides: Record<string, unknown> = {}): NewReportInput => ({
  ...reportSchema.parse({
    title: "MPI-enabled wheels link the wrong libmpi",
    areas: ["packaging"],
    severity: "BLOCKS_WORK",
    description: "> How do sites ship MPI-enabled wheels?\n\nRaised in the session.",
    isReporterPublic: false,
    ...overrides,
  }),
  ...origin,
});

async function seenBy(actor: Actor, questionId: number): Promise<LiveQuestion | null> {
  const record = await questionsLiveSource.loadOne(questionId);
  if (!record) return null;
  const session = await db.bofSession.findUniqueOrThrow({ where: { id: record.sessionId }, select: { visibility: true, notesEditors: true, endsAt: true } });
  const viewer = { actor, abilities: liveAbilitiesFor(actor, { ...session, hasEnded: session.endsAt.getTime() <= Date.now() }) };
  return questionsLiveSource.view(record, viewer, undefined);
}

const origins = () => db.painPoint.findMany({ select: { id: true, reporterId: true, raisedInSessionId: true, sourceQuestionId: true, raisedById: true } });

async function setting({ isAnonymous = false, visibility = "PUBLIC" as "PUBLIC" | "MEMBERS" } = {}) {
  const session = await createSession({ visibility });
  const asker = await createPerson({ role: visibility === "MEMBERS" ? "member" : "user", name: `Asha Asker ${Math.random().toString(36).slice(2, 6)}` });
  const chair = await createPerson({ role: "chair" });
  const question = await askQuestion({ actor: asker.actor, sessionId: session.id, body: "How do sites ship MPI-enabled wheels? We rebuild mpi4py on every cluster.", isAnonymous });
  return { session, asker, chair, question };
}

let live: Awaited<ReturnType<typeof listenToLiveNotices>> | null = null;
afterEach(async () => {
  await live?.stop();
  live = null;
});

describe("filing from a question", () => {
  it("fills the form from the question, stores the session, the question and the asker, links the question for everyone and tells the asker", async () => {
    const { session, asker, chair, question } = await setting();
    const prepared = await prepareReportFromSession({ actor: chair.actor, input: { fromQuestion: question.id } });
    expect(prepared).toMatchObject({
      kind: "question",
      session: { title: session.title, slug: session.slug, isMembersOnly: false },
      askerName: asker.name,
      quote: question.body,
      field: { name: "fromQuestion", value: question.id },
      prefill: { title: "How do sites ship MPI-enabled wheels?", description: `> ${question.body}\n\nRaised in [${session.title}](/sessions/${session.slug})` },
    });

    live = await listenToLiveNotices();
    const { id, sessionSlug } = await reportPainPoint({ actor: chair.actor, input: completed({ fromQuestion: question.id }) });
    expect(sessionSlug).toBe(session.slug);
    expect(await origins()).toEqual([{ id, reporterId: chair.id, raisedInSessionId: session.id, sourceQuestionId: question.id, raisedById: asker.id }]);

    // The question carries the link for everyone who sees it, on the live channel too.
    const visitor = await seenBy(anonymousActor, question.id);
    expect(visitor).toMatchObject({ painPoint: { id }, version: question.version + 1 });
    expect(await seenBy(asker.actor, question.id)).toMatchObject({ painPoint: { id } });
    await live.settle();
    expect(live.notices).toContainEqual({ sessionId: session.id, change: { kind: "question", id: question.id }, actorId: chair.id });

    // The report says where it was raised and who asked.
    const report = await getPainPoint({ actor: anonymousActor, id });
    expect(report.kind === "found" && report.painPoint.raisedIn).toEqual({ session: { slug: session.slug, title: session.title }, questionId: question.id, askerName: asker.name });
    const notifications = await db.notification.findMany({ select: { userId: true, kind: true, link: true, title: true } });
    expect(notifications).toEqual([{ userId: asker.id, kind: "question.painPoint", link: `/pain-points/${id}`, title: `Your question in “${session.title}” became pain point #${id}` }]);
  });

  it("never stores or shows an anonymous asker, not even to the chair filing it; the asker is still told", async () => {
    const { asker, chair, question } = await setting({ isAnonymous: true });
    const prepared = await prepareReportFromSession({ actor: chair.actor, input: { fromQuestion: question.id } });
    expect(prepared?.askerName).toBeNull();
    expect(JSON.stringify(prepared)).not.toContain(asker.name);

    const { id } = await reportPainPoint({ actor: chair.actor, input: completed({ fromQuestion: question.id }) });
    const [stored] = await origins();
    expect(stored).toMatchObject({ sourceQuestionId: question.id, raisedById: null, reporterId: chair.id });
    for (const actor of [anonymousActor, chair.actor, (await createPerson({ role: "admin" })).actor]) {
      const report = await getPainPoint({ actor, id });
      expect(report.kind === "found" && report.painPoint.raisedIn?.askerName).toBeNull();
      expect(JSON.stringify(report)).not.toContain(asker.name);
    }
    expect(await db.notification.count({ where: { userId: asker.id, kind: "question.painPoint" } })).toBe(1);
  });

  it("refuses a second report from the same question with a link to the first, one after the other and at once", async () => {
    const { chair, question } = await setting();
    const { id } = await reportPainPoint({ actor: chair.actor, input: completed({ fromQuestion: question.id }) });
    const otherChair = await createPerson({ role: "chair" });
    const again = await refusal(reportPainPoint({ actor: otherChair.actor, input: completed({ fromQuestion: question.id }) }));
    expect(again).toMatchObject({ code: "CONFLICT", message: `This question became pain point #${id} already; add to that report instead.` });
    await expect(prepareReportFromSession({ actor: otherChair.actor, input: { fromQuestion: question.id } })).rejects.toMatchObject({ code: "CONFLICT", details: { link: { href: `/pain-points/${id}` } } });
    expect(await db.painPoint.count()).toBe(1);

    const second = await setting();
    const results = await Promise.allSettled([chair.actor, otherChair.actor].map((actor) => reportPainPoint({ actor, input: completed({ fromQuestion: second.question.id }) })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.painPoint.count({ where: { sourceQuestionId: second.question.id } })).toBe(1);
  });

  it("refuses people who are not chairs before looking at the question, and stores nothing", async () => {
    const { session, asker, question } = await setting();
    const member = await createPerson({ role: "member" });
    for (const actor of [asker.actor, member.actor]) {
      expect(await refusal(reportPainPoint({ actor, input: completed({ fromQuestion: question.id }) }))).toMatchObject({ code: "FORBIDDEN", message: "Only chairs can file a report from a session’s question or notes." });
      // A forged id meets the same refusal: nothing tells a user whether the question exists.
      expect(await refusal(reportPainPoint({ actor, input: completed({ fromQuestion: 999_999 }) }))).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(prepareReportFromSession({ actor, input: { fromQuestion: question.id } }))).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(draftReportFromNotes({ actor, input: { sessionId: session.id, passage: "A passage" } }))).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await refusal(reportPainPoint({ actor: anonymousActor, input: completed({ fromQuestion: question.id }) }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.painPoint.count()).toBe(0);
    expect(await db.notification.count()).toBe(0);
    // Without an origin the same person files an ordinary report.
    await reportPainPoint({ actor: member.actor, input: completed({}) });
    expect(await origins()).toEqual([expect.objectContaining({ reporterId: member.id, raisedInSessionId: null, sourceQuestionId: null, raisedById: null })]);
  });

  it("refuses a forged id, a question of a session the actor cannot read, a hidden question and one waiting for approval", async () => {
    const { chair, question } = await setting();
    expect(await refusal(reportPainPoint({ actor: chair.actor, input: completed({ fromQuestion: 999_999 }) }))).toMatchObject({ code: "NOT_FOUND", message: "That question does not exist (any more)." });

    // Chairs read every session; the rule that hides a members-only question from others answers as for a forged id.
    const membersOnly = await setting({ visibility: "MEMBERS" });
    const user = await createPerson();
    expect(await refusal(readQuestionOrigin(db, user.actor, membersOnly.question.id))).toMatchObject({ code: "NOT_FOUND", message: "That question does not exist (any more)." });
    await expect(readQuestionOrigin(db, chair.actor, membersOnly.question.id)).resolves.toMatchObject({ questionId: membersOnly.question.id });

    await moderateQuestion({ actor: chair.actor, questionId: question.id, moderation: { type: "hide", reason: "Off topic for this session" } });
    expect(await refusal(reportPainPoint({ actor: chair.actor, input: completed({ fromQuestion: question.id }) }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("A chair hid this question") });

    const approving = await createSession({ questionsNeedApproval: true });
    const waiting = await askQuestion({ actor: user.actor, sessionId: approving.id, body: "Is anyone running free-threaded builds?", isAnonymous: false });
    expect(await refusal(prepareReportFromSession({ actor: chair.actor, input: { fromQuestion: waiting.id } }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("waiting for approval") });
    expect(await db.painPoint.count()).toBe(0);
  });

  it("links a hidden report only for those who may read it, and tells the session when that changes", async () => {
    const { session, asker, chair, question } = await setting();
    const { id } = await reportPainPoint({ actor: chair.actor, input: completed({ fromQuestion: question.id }) });
    live = await listenToLiveNotices();
    await setPainPointHidden({ actor: chair.actor, painPointId: id, isHidden: true, reason: "Spam in the description" });
    await live.settle();
    expect(live.notices).toContainEqual({ sessionId: session.id, change: { kind: "question", id: question.id }, actorId: chair.id });
    expect(await seenBy(anonymousActor, question.id)).toMatchObject({ painPoint: null });
    expect(await seenBy(asker.actor, question.id)).toMatchObject({ painPoint: null });
    expect(await seenBy(chair.actor, question.id)).toMatchObject({ painPoint: { id } });
  });

  it("shows where a report was raised only to those who may read the session", async () => {
    const { session, chair, question } = await setting({ visibility: "MEMBERS" });
    const { id } = await reportPainPoint({ actor: chair.actor, input: completed({ fromQuestion: question.id }) });
    const visitorView = await getPainPoint({ actor: anonymousActor, id });
    expect(visitorView.kind === "found" && visitorView.painPoint.raisedIn).toBeNull();
    expect(JSON.stringify(visitorView)).not.toContain(session.slug);
    const member = await createPerson({ role: "member" });
    const memberView = await getPainPoint({ actor: member.actor, id });
    expect(memberView.kind === "found" && memberView.painPoint.raisedIn?.session.slug).toBe(session.slug);
  });
});

describe("filing a passage of the notes", () => {
  it("keeps the passage as the chair's draft, fills the form from it, and files it once with the session and no asker", async () => {
    const session = await createSession({ notes: "## Packaging\n\n- MPI wheels link the wrong libmpi on Cray systems." });
    const chair = await createPerson({ role: "chair" });
    const passage = "- MPI wheels link the wrong libmpi on Cray systems.";
    const { draftId } = await draftReportFromNotes({ actor: chair.actor, input: { sessionId: session.id, passage } });
    const prepared = await prepareReportFromSession({ actor: chair.actor, input: { fromDraft: draftId } });
    expect(prepared).toMatchObject({ kind: "notes", askerName: null, quote: passage, field: { name: "fromDraft", value: draftId }, prefill: { title: "MPI wheels link the wrong libmpi on Cray systems." } });
    expect(prepared?.prefill.description).toBe(`> ${passage}\n\nRaised in [${session.title}](/sessions/${session.slug})`);

    // Another chair cannot file it: the draft is its author's.
    const otherChair = await createPerson({ role: "chair" });
    expect(await refusal(reportPainPoint({ actor: otherChair.actor, input: completed({ fromDraft: draftId }) }))).toMatchObject({ code: "NOT_FOUND" });

    const { id } = await reportPainPoint({ actor: chair.actor, input: completed({ fromDraft: draftId }) });
    expect(await origins()).toEqual([{ id, reporterId: chair.id, raisedInSessionId: session.id, sourceQuestionId: null, raisedById: null }]);
    expect(await db.painPointDraft.count()).toBe(0);
    // A replayed post finds the draft gone.
    expect(await refusal(reportPainPoint({ actor: chair.actor, input: completed({ fromDraft: draftId }) }))).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("no longer waiting to be filed") });
    expect(await db.painPoint.count()).toBe(1);
    const report = await getPainPoint({ actor: anonymousActor, id });
    expect(report.kind === "found" && report.painPoint.raisedIn).toEqual({ session: { slug: session.slug, title: session.title }, questionId: null, askerName: null });
  });

  it("refuses an empty passage, a session that is not there, and a draft over a day old (which the next draft clears)", async () => {
    const session = await createSession();
    const chair = await createPerson({ role: "chair" });
    expect(await refusal(draftReportFromNotes({ actor: chair.actor, input: { sessionId: session.id, passage: " \u0000 " } }))).toMatchObject({ code: "INVALID_INPUT" });
    expect(await refusal(draftReportFromNotes({ actor: chair.actor, input: { sessionId: 999_999, passage: "Something said" } }))).toMatchObject({ code: "NOT_FOUND" });

    const { draftId: old } = await draftReportFromNotes({ actor: chair.actor, input: { sessionId: session.id, passage: "Said yesterday" } });
    await db.painPointDraft.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - draftLifetimeMs - 60_000) } });
    expect(await refusal(prepareReportFromSession({ actor: chair.actor, input: { fromDraft: old } }))).toMatchObject({ code: "NOT_FOUND" });
    await draftReportFromNotes({ actor: chair.actor, input: { sessionId: session.id, passage: "Said today" } });
    expect(await db.painPointDraft.findMany({ select: { passage: true } })).toEqual([{ passage: "Said today" }]);
  });
});

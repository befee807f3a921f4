import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { anonymousActor, type Actor } from "@/lib/permissions";
import { createPoll } from "@/lib/polls/create-poll";
import { setPollState } from "@/lib/polls/set-poll-state";
import { reportPainPoint } from "@/lib/pain-points/report-pain-point";
import { reportSchema } from "@/lib/pain-points/schemas";
import { seedDatabase } from "@/lib/seed/seed-database";
import { controlCharacterMessage } from "@/lib/validation/text";
import { createPerson, createSession } from "../support/factories";

/**
 * Issue 18, at the Server Action boundary itself (lib/define-action.ts): a NUL
 * in any text field is refused at that field and nothing is stored; an id,
 * version or position PostgreSQL's `integer` cannot hold is refused as an
 * unknown thing, never an internal error. The actions are the app's own,
 * called as a live tool calls them (an object) or as a form posts (FormData);
 * only "who is calling" is stood in for, since there is no request here.
 */

const caller = vi.hoisted(() => ({ actor: { userId: null, role: "anonymous" } as unknown }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentActor: async () => caller.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect to ${to}`);
  },
  notFound: () => {
    throw new Error("not found");
  },
}));

const { reportPainPointAction } = await import("@/app/(site)/pain-points/new/actions");
const { editPainPointAction } = await import("@/app/(site)/pain-points/[id]/edit/actions");
const { triageAction, unlinkPepAction, addCommentAction } = await import("@/app/(site)/pain-points/[id]/actions");
const { createPollAction, editPollAction, voteInPollAction, setPollStateAction } = await import("@/app/(site)/sessions/[slug]/_actions/polls");
const { askQuestionAction, moderateQuestionAction } = await import("@/app/(site)/sessions/[slug]/_actions/questions");
const { setAgendaStepAction } = await import("@/app/(site)/sessions/[slug]/_actions/agenda");
const { addActionItemAction, updateActionItemAction } = await import("@/app/(site)/sessions/[slug]/_actions/action-items");
const { restoreRevisionAction } = await import("@/app/(site)/sessions/[slug]/notes/revisions/actions");
const { editSessionAction } = await import("@/app/(site)/sessions/[slug]/edit/actions");
const { watchPepAction } = await import("@/app/(site)/peps/[number]/actions");
const { saveAssessmentAction } = await import("@/app/(site)/peps/[number]/assessment/edit/actions");

const as = (actor: Actor) => {
  caller.actor = actor;
};

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
};

const reportFields = { title: "Imports are slow on the shared scratch filesystem", areas: "startup-import", severity: "COSTS_HOURS", description: "Every rank stats thousands of files while importing numpy at start-up." };

function expectRefusedAt<T>(result: ActionResult<T>, field: string) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe("INVALID_INPUT");
  expect(result.error.fieldErrors?.[field]).toEqual([controlCharacterMessage]);
}

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

describe("a NUL in a text field", () => {
  it("in a report form post is refused at the title; no report is stored", async () => {
    const reporter = await createPerson();
    as(reporter.actor);
    const result = await reportPainPointAction(null, form({ ...reportFields, title: "Imports are slow\u0000 on scratch" }));
    expectRefusedAt(result, "title");
    expect(await db.painPoint.count()).toBe(0);
  });

  it("in a comment, a poll option, a question, an agenda row and a hide reason is refused at that field; nothing is stored", async () => {
    const [reporter, chair] = [await createPerson(), await createPerson({ role: "chair" })];
    const { id: painPointId } = await reportPainPoint({ actor: reporter.actor, input: reportSchema.parse({ ...reportFields, isReporterPublic: false }) });
    const session = await createSession({ agenda: [["Intro", 5]] });

    as(reporter.actor);
    expectRefusedAt(await addCommentAction({ painPointId, body: "Same here\u0000" }), "body");
    expect(await db.painPointComment.count()).toBe(0);
    expectRefusedAt(await askQuestionAction({ sessionId: session.id, body: "Why is\u0000 this slow?", isAnonymous: false }), "body");
    expect(await db.question.count()).toBe(0);

    as(chair.actor);
    expectRefusedAt(await createPollAction({ sessionId: session.id, question: "Which array library?", kind: "SINGLE", options: ["NumPy", "Cu\u0000Py"], hideResultsUntilClosed: false }), "options");
    expect(await db.poll.count()).toBe(0);
    const edit = await editSessionAction(
      null,
      form({
        sessionId: String(session.id),
        version: session.updatedAt.toISOString(),
        title: session.title,
        timeZone: "Europe/Berlin",
        startDate: "2030-01-01",
        startTime: "10:00",
        endTime: "11:00",
        visibility: "PUBLIC",
        notesEditors: "SIGNED_IN",
        agendaTitle: ["Intro", "Talk\u0000"],
        agendaSpeaker: ["", ""],
        agendaMinutes: ["5", "10"],
      }),
    );
    expectRefusedAt(edit, "agenda.1.title");
    expect(await db.agendaItem.count({ where: { sessionId: session.id } })).toBe(1);

    const asked = await askQuestionAction({ sessionId: session.id, body: "Why is this slow?", isAnonymous: false });
    expect(asked.ok).toBe(true);
    const question = await db.question.findFirstOrThrow();
    expectRefusedAt(await moderateQuestionAction({ questionId: question.id, moderation: { type: "hide", reason: "spam\u0000" } }), "moderation.reason");
    expect((await db.question.findUniqueOrThrow({ where: { id: question.id } })).state).toBe("VISIBLE");
  });

  it("from someone who may not attempt the action is refused for that, before anything sent is read", async () => {
    const session = await createSession();
    as(anonymousActor);
    const result = await createPollAction({ sessionId: session.id, question: "Which\u0000 library?", kind: "SINGLE", options: ["NumPy", "CuPy"], hideResultsUntilClosed: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).not.toBe("INVALID_INPUT");
    expect(result.error.fieldErrors).toBeUndefined();
  });

  it("tabs and line breaks are ordinary text and are stored", async () => {
    const reporter = await createPerson();
    as(reporter.actor);
    // A stored report continues on its page (the mocked redirect throws to say where).
    await expect(reportPainPointAction(null, form({ ...reportFields, description: "Every rank stats thousands of files:\n\tnumpy\n\tscipy\r\nat start-up." }))).rejects.toThrow(/redirect to \/pain-points\/\d+/);
    expect((await db.painPoint.findFirstOrThrow()).description).toContain("\n\tnumpy");
  });
});

describe("an id PostgreSQL's integer cannot hold", () => {
  const huge = ["2147483648", "99999999999"] as const;

  it.each(huge)("%s is refused as unknown by every kind of action, never as an internal error", async (id) => {
    const [reporter, admin] = [await createPerson(), await createPerson({ role: "admin" })];
    const { id: painPointId } = await reportPainPoint({ actor: reporter.actor, input: reportSchema.parse({ ...reportFields, isReporterPublic: false }) });
    const session = await createSession({ agenda: [["Intro", 5]] });
    const poll = await setPollState({
      actor: admin.actor,
      pollId: (await createPoll({ actor: admin.actor, sessionId: session.id, input: { question: "Which library?", kind: "SINGLE", options: ["NumPy", "CuPy"], hideResultsUntilClosed: false } })).id,
      state: "OPEN",
    });
    as(admin.actor);
    const pollInput = { question: "Which library?", kind: "SINGLE", options: ["NumPy", "CuPy"], hideResultsUntilClosed: false };
    const item = await addActionItemAction({ sessionId: session.id, text: "Write up the results", ownerName: "", dueOn: "" });
    expect(item.ok).toBe(true);
    const itemId = (await db.actionItem.findFirstOrThrow()).id;

    const calls: [string, () => Promise<ActionResult<unknown>>][] = [
      ["poll", () => voteInPollAction({ pollId: id, optionIds: [poll.options[0]!.id] })],
      ["poll state", () => setPollStateAction({ pollId: id, state: "CLOSED" })],
      ["poll option", () => voteInPollAction({ pollId: poll.id, optionIds: [id] })],
      ["poll expectedVersion", () => editPollAction({ ...pollInput, pollId: poll.id, expectedVersion: id })],
      ["agenda item", () => setAgendaStepAction({ sessionId: session.id, step: { step: "start", position: id } })],
      ["session", () => setAgendaStepAction({ sessionId: id, step: { step: "next" } })],
      ["question's session", () => askQuestionAction({ sessionId: id, body: "Why is this slow?", isAnonymous: false })],
      [
        "edited session",
        () => editSessionAction(null, form({ sessionId: id, version: "x", title: "A session", timeZone: "Europe/Berlin", startDate: "2030-01-01", startTime: "10:00", endTime: "11:00", visibility: "PUBLIC", notesEditors: "SIGNED_IN" })),
      ],
      ["pain point", () => triageAction(null, form({ painPointId: id, status: "CONFIRMED", reason: "Seen it too" }))],
      ["duplicate-of", () => triageAction(null, form({ painPointId: String(painPointId), status: "DUPLICATE", reason: "Same problem", duplicateOfId: id }))],
      ["report expectedVersion", () => editPainPointAction(null, form({ ...reportFields, painPointId: String(painPointId), expectedVersion: id }))],
      ["PEP number (unlink)", () => unlinkPepAction(null, form({ painPointId: String(painPointId), pepNumber: id }))],
      ["PEP number (watch)", () => watchPepAction(null, form({ pepNumber: id, value: "true" }))],
      ["assessment expectedVersion", () => saveAssessmentAction(null, form({ pepNumber: "703", expectedVersion: id, impact: "HIGH", stance: "SUPPORT", summary: "" }))],
      ["revision", () => restoreRevisionAction(null, form({ revisionId: id, slug: session.slug }))],
      ["action item", () => updateActionItemAction({ itemId: id, text: "Write up the results", ownerName: "", dueOn: "" })],
      ["action item expectedVersion", () => updateActionItemAction({ itemId, expectedVersion: id, text: "Write up the results", ownerName: "", dueOn: "" })],
    ];
    const answers: Record<string, string> = {};
    for (const [name, call] of calls) {
      const result = await call();
      answers[name] = result.ok ? "ok" : result.error.code;
    }
    expect(answers).toEqual(Object.fromEntries(calls.map(([name]) => [name, "INVALID_INPUT"])));
    // Nothing was changed by any of them.
    expect((await db.painPoint.findUniqueOrThrow({ where: { id: painPointId } })).status).toBe("NEW");
    expect((await db.poll.findUniqueOrThrow({ where: { id: poll.id } })).state).toBe("OPEN");
    expect(await db.pollVote.count()).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { anonymousActor, liveAbilitiesFor, type Actor } from "@/lib/permissions";
import { createPoll } from "@/lib/polls/create-poll";
import { deletePoll } from "@/lib/polls/delete-poll";
import { editPoll } from "@/lib/polls/edit-poll";
import { pollsLiveSource } from "@/lib/polls/live-source";
import { pollsAsMarkdown } from "@/lib/polls/polls-markdown";
import { pollInputSchema, voteSchema, type PollInput } from "@/lib/polls/schemas";
import { setPollState } from "@/lib/polls/set-poll-state";
import { voteInPoll } from "@/lib/polls/vote-in-poll";
import { createPerson, createSession } from "../support/factories";
import { listenToLiveNotices } from "../support/live-notices";

/**
 * Live polls in a session: chairs prepare, open and close them; participants
 * vote once and may change their vote while the poll is open; counts stay
 * right under concurrent and forged requests; who sees which counts.
 */

const input = (fields: Partial<Record<keyof PollInput, unknown>> = {}): PollInput =>
  pollInputSchema.parse({ question: "Which array library do you use most?", kind: "SINGLE", options: ["NumPy", "CuPy", "JAX"], hideResultsUntilClosed: false, ...fields });

async function openPoll(chair: Actor, sessionId: number, fields: Partial<Record<keyof PollInput, unknown>> = {}) {
  const draft = await createPoll({ actor: chair, sessionId, input: input(fields) });
  return setPollState({ actor: chair, pollId: draft.id, state: "OPEN" });
}

const optionIdsOf = (poll: { options: { id: number }[] }) => poll.options.map((option) => option.id) as [number, number, number, ...number[]];

/** The stored counts, and the counts recomputed from the votes themselves. */
async function storedCounts(pollId: number) {
  const poll = await db.poll.findUniqueOrThrow({ where: { id: pollId }, select: { voterCount: true, options: { orderBy: { position: "asc" }, select: { id: true, voteCount: true } } } });
  const votes = await db.pollVote.findMany({ where: { pollId }, select: { userId: true, optionId: true } });
  return {
    voterCount: poll.voterCount,
    optionCounts: poll.options.map((option) => option.voteCount),
    votersFromRows: new Set(votes.map((vote) => vote.userId)).size,
    optionCountsFromRows: poll.options.map((option) => votes.filter((vote) => vote.optionId === option.id).length),
  };
}

/** How a person sees the poll on the live channel. */
async function viewAs(actor: Actor, session: Awaited<ReturnType<typeof createSession>>, pollId: number) {
  const record = await pollsLiveSource.loadOne(pollId);
  if (!record) return null;
  const mine = actor.userId ? await pollsLiveSource.loadMine(actor.userId, [pollId]) : new Map<number, number[]>();
  const viewer = { actor, abilities: liveAbilitiesFor(actor, { ...session, hasEnded: Date.now() >= session.endsAt.getTime() }) };
  return pollsLiveSource.view(record, viewer, mine.get(pollId));
}

describe("preparing polls", () => {
  it("a chair drafts a poll that only those who manage polls see", async () => {
    const chair = await createPerson({ role: "chair" });
    const user = await createPerson();
    const session = await createSession();
    const draft = await createPoll({ actor: chair.actor, sessionId: session.id, input: input({ options: ["  NumPy ", "", "CuPy", "JAX  "] }) });
    expect(draft).toMatchObject({ question: "Which array library do you use most?", kind: "SINGLE", state: "DRAFT", voterCount: 0, myOptionIds: [], openedAt: null, version: 1, resultsVisible: true });
    expect(draft.options.map((option) => [option.label, option.voteCount])).toEqual([
      ["NumPy", 0],
      ["CuPy", 0],
      ["JAX", 0],
    ]);
    expect(await viewAs(user.actor, session, draft.id)).toBeNull();
    expect(await viewAs(anonymousActor, session, draft.id)).toBeNull();
    expect(await viewAs((await createPerson({ role: "admin" })).actor, session, draft.id)).toMatchObject({ state: "DRAFT" });
    expect((await pollsLiveSource.loadAll(session.id)).map((poll) => poll.id)).toEqual([draft.id]);
  });

  it("edits and deletes drafts only, each change a new version", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession();
    const draft = await createPoll({ actor: chair.actor, sessionId: session.id, input: input() });
    const edited = await editPoll({ actor: chair.actor, pollId: draft.id, expectedVersion: 1, input: input({ question: "Which GPUs?", kind: "MULTIPLE", options: ["NVIDIA", "AMD"], hideResultsUntilClosed: "on" }) });
    expect(edited).toMatchObject({ question: "Which GPUs?", kind: "MULTIPLE", hideResultsUntilClosed: true, version: 2 });
    expect(edited.options.map((option) => option.label)).toEqual(["NVIDIA", "AMD"]);
    // The refusal carries the other chair's version, for the form to show.
    await expect(editPoll({ actor: chair.actor, pollId: draft.id, expectedVersion: 1, input: input() })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Someone else changed this poll"),
      details: { current: { id: draft.id, question: "Which GPUs?", version: 2 } },
    });

    const opened = await setPollState({ actor: chair.actor, pollId: draft.id, state: "OPEN" });
    expect(opened.version).toBe(3);
    await expect(editPoll({ actor: chair.actor, pollId: draft.id, input: input() })).rejects.toMatchObject({ code: "CONFLICT", message: "Only a draft can be edited; this poll has been opened." });
    await expect(deletePoll({ actor: chair.actor, pollId: draft.id })).rejects.toMatchObject({ code: "CONFLICT" });

    const other = await createPoll({ actor: chair.actor, sessionId: session.id, input: input() });
    expect(await deletePoll({ actor: chair.actor, pollId: other.id })).toEqual({ id: other.id, version: 2 });
    expect(await db.poll.count({ where: { id: other.id } })).toBe(0);
    expect(await db.pollOption.count({ where: { pollId: other.id } })).toBe(0);
    await expect(deletePoll({ actor: chair.actor, pollId: other.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("opens, closes and reopens, remembering when; a draft cannot be closed; the same request twice changes nothing", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession();
    const draft = await createPoll({ actor: chair.actor, sessionId: session.id, input: input() });
    await expect(setPollState({ actor: chair.actor, pollId: draft.id, state: "CLOSED" })).rejects.toMatchObject({ code: "CONFLICT", message: "This poll is still a draft: open it before closing it." });
    const minute = 60_000;
    const openedAt = new Date(Math.floor(Date.now() / minute) * minute);
    const opened = await setPollState({ actor: chair.actor, pollId: draft.id, state: "OPEN", now: openedAt });
    expect(opened).toMatchObject({ state: "OPEN", openedAt: openedAt.toISOString(), closedAt: null, version: 2 });
    expect(await setPollState({ actor: chair.actor, pollId: draft.id, state: "OPEN" })).toMatchObject({ version: 2, openedAt: openedAt.toISOString() });
    const closedAt = new Date(openedAt.getTime() + 5 * minute);
    expect(await setPollState({ actor: chair.actor, pollId: draft.id, state: "CLOSED", now: closedAt })).toMatchObject({ state: "CLOSED", closedAt: closedAt.toISOString(), version: 3 });
    expect(await setPollState({ actor: chair.actor, pollId: draft.id, state: "OPEN", now: new Date(openedAt.getTime() + 6 * minute) })).toMatchObject({
      state: "OPEN",
      openedAt: openedAt.toISOString(),
      closedAt: null,
      version: 4,
    });
  });

  it("is for chairs and admins: others are refused, visitors asked to sign in", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession();
    const draft = await createPoll({ actor: chair.actor, sessionId: session.id, input: input() });
    for (const role of ["user", "member"] as const) {
      const person = await createPerson({ role });
      await expect(createPoll({ actor: person.actor, sessionId: session.id, input: input() })).rejects.toMatchObject({ code: "FORBIDDEN", message: "Only the session's chairs prepare, open and close its polls." });
      await expect(editPoll({ actor: person.actor, pollId: draft.id, input: input() })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setPollState({ actor: person.actor, pollId: draft.id, state: "OPEN" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(deletePoll({ actor: person.actor, pollId: draft.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(createPoll({ actor: anonymousActor, sessionId: session.id, input: input() })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(createPoll({ actor: chair.actor, sessionId: 999_999, input: input() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const admin = await createPerson({ role: "admin" });
    await createPoll({ actor: admin.actor, sessionId: session.id, input: input() });
    expect(await db.poll.count()).toBe(2);
    expect(await db.poll.findUniqueOrThrow({ where: { id: draft.id }, select: { state: true, version: true } })).toEqual({ state: "DRAFT", version: 1 });
  });

  it("refuses preparing and opening once the session has ended, but lets a chair close what was left open and tidy drafts", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession();
    const open = await openPoll(chair.actor, session.id);
    const draft = await createPoll({ actor: chair.actor, sessionId: session.id, input: input() });
    const later = new Date(Date.now() + 2 * 3_600_000);
    await expect(setPollState({ actor: chair.actor, pollId: draft.id, state: "OPEN", now: later })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("The session has ended") });
    await expect(createPoll({ actor: chair.actor, sessionId: session.id, input: input(), now: later })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("polls can no longer be prepared") });
    // What was left behind can still be tidied up.
    expect(await editPoll({ actor: chair.actor, pollId: draft.id, input: input({ question: "Never asked" }), now: later })).toMatchObject({ question: "Never asked" });
    await deletePoll({ actor: chair.actor, pollId: draft.id, now: later });
    expect(await setPollState({ actor: chair.actor, pollId: open.id, state: "CLOSED", now: later })).toMatchObject({ state: "CLOSED" });
  });
});

describe("the poll's questions and options as typed", () => {
  it("refuses too few, too many, too long and repeated options, and short or long questions, with messages", () => {
    const problems = (fields: Record<string, unknown>) => {
      const result = pollInputSchema.safeParse({ question: "Which one?", kind: "SINGLE", options: ["A", "B"], ...fields });
      return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    };
    expect(problems({})).toEqual([]);
    expect(problems({ options: ["Only one", "", "   "] })).toEqual(["options: Give at least 2 options."]);
    expect(problems({ options: Array.from({ length: 11 }, (_, index) => `Option ${index}`) })).toEqual(["options: A poll has at most 10 options."]);
    expect(problems({ options: ["A", "x".repeat(121)] })).toEqual(["options: Keep option 2 under 120 characters."]);
    expect(problems({ options: ["NumPy", "numpy "] })).toEqual(["options: “numpy” is there twice; make each option different."]);
    expect(problems({ question: " ? " })).toEqual(["question: Write a question of at least 3 characters."]);
    expect(problems({ question: "q".repeat(301) })).toEqual(["question: Keep the question under 300 characters."]);
    expect(problems({ kind: "RANKED" })).toEqual(["kind: Choose single or multiple choice."]);
    expect(pollInputSchema.parse({ question: "Which\n  one?", kind: "MULTIPLE", options: ["A", "B"], hideResultsUntilClosed: "on" })).toEqual({
      question: "Which one?",
      kind: "MULTIPLE",
      options: ["A", "B"],
      hideResultsUntilClosed: true,
    });
    expect(voteSchema.safeParse({ optionIds: [] }).error?.issues[0]?.message).toBe("Choose an option.");
    expect(voteSchema.parse({ optionIds: ["3", "3", "4"] })).toEqual({ optionIds: [3, 4] });
  });
});

describe("voting", () => {
  it("participants vote and change their vote; counts and their own choice follow", async () => {
    const chair = await createPerson({ role: "chair" });
    const ana = await createPerson();
    const ben = await createPerson({ role: "member" });
    const session = await createSession();
    const poll = await openPoll(chair.actor, session.id);
    const [numpy, cupy, jax] = optionIdsOf(poll);

    const anaView = await voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [numpy] });
    expect(anaView).toMatchObject({ voterCount: 1, myOptionIds: [numpy], resultsVisible: true });
    expect(anaView.options.map((option) => option.voteCount)).toEqual([1, 0, 0]);
    await voteInPoll({ actor: ben.actor, pollId: poll.id, optionIds: [cupy] });
    const changed = await voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [jax] });
    expect(changed).toMatchObject({ voterCount: 2, myOptionIds: [jax] });
    expect(changed.options.map((option) => option.voteCount)).toEqual([0, 1, 1]);
    expect(await storedCounts(poll.id)).toEqual({ voterCount: 2, optionCounts: [0, 1, 1], votersFromRows: 2, optionCountsFromRows: [0, 1, 1] });
    // The same vote again is no change: no new version.
    const again = await voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [jax] });
    expect(again.version).toBe(changed.version);
    // Each sees their own choice; the chair sees the counts and chose nothing.
    expect(await viewAs(ben.actor, session, poll.id)).toMatchObject({ myOptionIds: [cupy] });
    expect(await viewAs(chair.actor, session, poll.id)).toMatchObject({ myOptionIds: [] });
    expect(await viewAs(anonymousActor, session, poll.id)).toMatchObject({ myOptionIds: [], resultsVisible: true, voterCount: 2 });

    const closed = await setPollState({ actor: chair.actor, pollId: poll.id, state: "CLOSED" });
    expect(closed.options.map((option) => option.voteCount)).toEqual([0, 1, 1]);
    await expect(voteInPoll({ actor: ben.actor, pollId: poll.id, optionIds: [numpy] })).rejects.toMatchObject({ code: "CONFLICT", message: "This poll has closed; your vote was not counted." });
    expect(await storedCounts(poll.id)).toMatchObject({ voterCount: 2, optionCounts: [0, 1, 1] });
  });

  it("takes one or more options in a multiple-choice poll and counts the person once", async () => {
    const chair = await createPerson({ role: "chair" });
    const ana = await createPerson();
    const session = await createSession();
    const poll = await openPoll(chair.actor, session.id, { kind: "MULTIPLE" });
    const [numpy, cupy, jax] = optionIdsOf(poll);
    expect(await voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [numpy, cupy] })).toMatchObject({ voterCount: 1, myOptionIds: [numpy, cupy] });
    expect(await voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [cupy, jax] })).toMatchObject({ voterCount: 1, myOptionIds: [cupy, jax] });
    expect(await storedCounts(poll.id)).toEqual({ voterCount: 1, optionCounts: [0, 1, 1], votersFromRows: 1, optionCountsFromRows: [0, 1, 1] });
  });

  it("refuses two options in a single-choice poll, an option of another poll, no option, and drafts", async () => {
    const chair = await createPerson({ role: "chair" });
    const ana = await createPerson();
    const session = await createSession();
    const poll = await openPoll(chair.actor, session.id);
    const other = await openPoll(chair.actor, session.id, { question: "Another poll?" });
    const [numpy, cupy] = optionIdsOf(poll);
    await expect(voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [numpy, cupy] })).rejects.toMatchObject({ code: "INVALID_INPUT", message: "This poll takes one answer: choose a single option." });
    await expect(voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [optionIdsOf(other)[0]] })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "That option is not part of this poll; reload the page and vote again.",
    });
    await expect(voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [] })).rejects.toMatchObject({ code: "INVALID_INPUT", message: "Choose an option." });
    const draft = await createPoll({ actor: chair.actor, sessionId: session.id, input: input() });
    await expect(voteInPoll({ actor: ana.actor, pollId: draft.id, optionIds: [optionIdsOf(draft)[0]] })).rejects.toMatchObject({ code: "CONFLICT", message: "This poll has not been opened yet." });
    await expect(voteInPoll({ actor: ana.actor, pollId: 999_999, optionIds: [1] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(voteInPoll({ actor: anonymousActor, pollId: poll.id, optionIds: [numpy] })).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: "Please sign in to vote." });
    expect(await db.pollVote.count()).toBe(0);
    expect(await storedCounts(poll.id)).toMatchObject({ voterCount: 0, optionCounts: [0, 0, 0] });
  });

  it("refuses votes once the session has ended, and in a members' session from those who may not read it", async () => {
    const chair = await createPerson({ role: "chair" });
    const ana = await createPerson();
    const session = await createSession();
    const poll = await openPoll(chair.actor, session.id);
    await expect(voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [optionIdsOf(poll)[0]], now: new Date(Date.now() + 2 * 3_600_000) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "The session has ended, and its polls with it; your vote was not counted.",
    });
    const membersOnly = await createSession({ visibility: "MEMBERS" });
    const secret = await openPoll(chair.actor, membersOnly.id);
    await expect(voteInPoll({ actor: ana.actor, pollId: secret.id, optionIds: [optionIdsOf(secret)[0]] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const member = await createPerson({ role: "member" });
    expect(await voteInPoll({ actor: member.actor, pollId: secret.id, optionIds: [optionIdsOf(secret)[0]] })).toMatchObject({ voterCount: 1 });
  });

  it("counts a person once when the same vote is posted many times at once", async () => {
    const chair = await createPerson({ role: "chair" });
    const ana = await createPerson();
    const session = await createSession();
    const poll = await openPoll(chair.actor, session.id);
    const [numpy] = optionIdsOf(poll);
    const results = await Promise.all(Array.from({ length: 6 }, () => voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [numpy] })));
    expect(results.every((result) => result.voterCount === 1)).toBe(true);
    expect(await storedCounts(poll.id)).toEqual({ voterCount: 1, optionCounts: [1, 0, 0], votersFromRows: 1, optionCountsFromRows: [1, 0, 0] });
  });

  it("keeps one choice when two different options of a single-choice poll are posted at once", async () => {
    const chair = await createPerson({ role: "chair" });
    const ana = await createPerson();
    const session = await createSession();
    const poll = await openPoll(chair.actor, session.id);
    const [numpy, cupy] = optionIdsOf(poll);
    await Promise.all([
      voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [numpy] }),
      voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [cupy] }),
      voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [numpy] }),
      voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [cupy] }),
    ]);
    const counts = await storedCounts(poll.id);
    expect(counts.voterCount).toBe(1);
    expect(counts.votersFromRows).toBe(1);
    expect(counts.optionCounts).toEqual(counts.optionCountsFromRows);
    expect(counts.optionCounts.reduce((sum, count) => sum + count, 0)).toBe(1);
  });

  it("counts many people voting at once exactly", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession();
    const poll = await openPoll(chair.actor, session.id, { kind: "MULTIPLE" });
    const [numpy, cupy, jax] = optionIdsOf(poll);
    const people = await Promise.all(Array.from({ length: 12 }, () => createPerson()));
    await Promise.all(people.map((person, index) => voteInPoll({ actor: person.actor, pollId: poll.id, optionIds: index % 2 ? [numpy, jax] : [cupy] })));
    // Half of them change their mind, at once.
    await Promise.all(people.slice(0, 6).map((person) => voteInPoll({ actor: person.actor, pollId: poll.id, optionIds: [jax] })));
    expect(await storedCounts(poll.id)).toEqual({ voterCount: 12, optionCounts: [3, 3, 9], votersFromRows: 12, optionCountsFromRows: [3, 3, 9] });
  });
});

describe("hidden results", () => {
  it("participants see no counts while the poll is open and all of them after it closes; chairs always see them", async () => {
    const chair = await createPerson({ role: "chair" });
    const ana = await createPerson();
    const session = await createSession();
    const poll = await openPoll(chair.actor, session.id, { hideResultsUntilClosed: true });
    const [numpy] = optionIdsOf(poll);
    const anaView = await voteInPoll({ actor: ana.actor, pollId: poll.id, optionIds: [numpy] });
    expect(anaView).toMatchObject({ resultsVisible: false, voterCount: 1, myOptionIds: [numpy] });
    expect(anaView.options.map((option) => option.voteCount)).toEqual([null, null, null]);
    expect((await viewAs(anonymousActor, session, poll.id))?.options.map((option) => option.voteCount)).toEqual([null, null, null]);
    const chairView = await viewAs(chair.actor, session, poll.id);
    expect(chairView).toMatchObject({ resultsVisible: true });
    expect(chairView?.options.map((option) => option.voteCount)).toEqual([1, 0, 0]);

    await setPollState({ actor: chair.actor, pollId: poll.id, state: "CLOSED" });
    const after = await viewAs(ana.actor, session, poll.id);
    expect(after).toMatchObject({ resultsVisible: true, myOptionIds: [numpy] });
    expect(after?.options.map((option) => option.voteCount)).toEqual([1, 0, 0]);
  });
});

describe("the live channel", () => {
  it("hears of each change only when it commits, naming the poll and who changed it", async () => {
    const chair = await createPerson({ role: "chair" });
    const ana = await createPerson();
    const session = await createSession();
    const listener = await listenToLiveNotices();
    const { notices } = listener;
    try {
      const draft = await createPoll({ actor: chair.actor, sessionId: session.id, input: input() });
      await setPollState({ actor: chair.actor, pollId: draft.id, state: "OPEN" });
      await voteInPoll({ actor: ana.actor, pollId: draft.id, optionIds: [optionIdsOf(draft)[0]] });
      // Refused changes are never announced.
      await expect(voteInPoll({ actor: ana.actor, pollId: draft.id, optionIds: [999_999] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
      const doomed = await createPoll({ actor: chair.actor, sessionId: session.id, input: input() });
      await deletePoll({ actor: chair.actor, pollId: doomed.id });
      await expect.poll(() => notices.length).toBe(5);
      expect(notices).toEqual([
        { sessionId: session.id, change: { kind: "poll", id: draft.id }, actorId: chair.id },
        { sessionId: session.id, change: { kind: "poll", id: draft.id }, actorId: chair.id },
        { sessionId: session.id, change: { kind: "poll", id: draft.id }, actorId: ana.id },
        { sessionId: session.id, change: { kind: "poll", id: doomed.id }, actorId: chair.id },
        { sessionId: session.id, change: { kind: "poll", id: doomed.id }, actorId: chair.id },
      ]);
    } finally {
      await listener.stop();
    }
  });
});

describe("the record", () => {
  it("writes the polls put to the room as Markdown tables with counts and shares", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession();
    const poll = await openPoll(chair.actor, session.id, { question: "Which | array library?", options: ["NumPy", "Cu|Py", "JAX"] });
    const [numpy, cupy] = optionIdsOf(poll);
    for (const optionId of [numpy, numpy, cupy]) await voteInPoll({ actor: (await createPerson()).actor, pollId: poll.id, optionIds: [optionId] });
    await setPollState({ actor: chair.actor, pollId: poll.id, state: "CLOSED" });
    await openPoll(chair.actor, session.id, { question: "Secret ballot?", options: ["Yes", "No"], hideResultsUntilClosed: true });
    await createPoll({ actor: chair.actor, sessionId: session.id, input: input({ question: "Draft, not shown" }) });

    const records = await pollsLiveSource.loadAll(session.id);
    const participant = { actor: (await createPerson()).actor, abilities: liveAbilitiesFor((await createPerson()).actor, { ...session, hasEnded: false }) };
    const views = records.flatMap((record) => pollsLiveSource.view(record, participant, undefined) ?? []);
    expect(pollsAsMarkdown(views)).toBe(
      [
        "## Polls",
        "",
        "### Which | array library?",
        "",
        "Single choice, closed, 3 voters.",
        "",
        "| Option | Votes | Share of voters |",
        "| --- | ---: | ---: |",
        "| NumPy | 2 | 67% |",
        "| Cu\\|Py | 1 | 33% |",
        "| JAX | 0 | 0% |",
        "",
        "### Secret ballot?",
        "",
        "Single choice, still open, 0 voters.",
        "",
        "Results are hidden until the poll closes.",
        "",
      ].join("\n"),
    );
    expect(pollsAsMarkdown([])).toBe("");
  });
});

import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getAppConfig } from "@/lib/config";
import { db } from "@/lib/db";
import type { LiveMessage } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { addActionItem } from "@/lib/action-items/add-action-item";
import { getSessionNotes, notesAsMarkdownFile } from "@/lib/notes/get-session-notes";
import { createPoll } from "@/lib/polls/create-poll";
import { setPollState } from "@/lib/polls/set-poll-state";
import { voteInPoll } from "@/lib/polls/vote-in-poll";
import { askQuestion } from "@/lib/questions/ask-question";
import { toggleQuestionVote } from "@/lib/questions/toggle-question-vote";
import { setCurrentAgendaItem } from "@/lib/sessions/agenda-live";
import { createLiveServer, type LiveServer } from "@/server/live-server";
import { createSession, createSignedInPerson } from "@/tests/support/factories";
import { connectLive, type LiveClient } from "@/tests/support/live-client";

let live: LiveServer;
let server: Server;
let baseUrl: string;
const clients: LiveClient[] = [];

beforeAll(async () => {
  live = createLiveServer({ connectionString: getAppConfig().databaseUrl });
  server = createServer((request, response) => {
    if (!live.handleRequest(request, response)) response.writeHead(404).end();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await live.hub.ready();
});

afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

afterAll(async () => {
  await live.close();
  server.closeAllConnections();
  server.close();
});

async function open(slug: string, sessionToken?: string, url = baseUrl) {
  const client = await connectLive({ baseUrl: url, slug, sessionToken });
  clients.push(client);
  return client;
}

/** Each test's session has this agenda, for the chair to step through. */
const agenda: [string, number][] = [["Welcome", 5], ["Free-threading", 20]];

const isSnapshot = (message: LiveMessage): message is Extract<LiveMessage, { type: "snapshot" }> => message.type === "snapshot";
const isAgenda = (message: LiveMessage): message is Extract<LiveMessage, { type: "agenda" }> => message.type === "agenda";
const isQuestion = (message: LiveMessage): message is Extract<LiveMessage, { type: "item"; kind: "question" }> => message.type === "item" && message.kind === "question";

describe("the live channel", () => {
  it("opens with a snapshot and abilities that fit the viewer, then carries the chair's agenda step to everyone", async () => {
    const session = await createSession({ agenda });
    const chair = await createSignedInPerson("chair");
    const visitor = await open(session.slug);
    const chairView = await open(session.slug, chair.sessionToken);
    expect(visitor.status).toBe(200);

    const visitorSnapshot = await visitor.next(isSnapshot);
    expect(visitorSnapshot.abilities).toMatchObject({ canAsk: false, canRunAgenda: false, canModerateQuestions: false });
    expect(visitorSnapshot.snapshot.agenda.currentPosition).toBeNull();
    expect((await chairView.next(isSnapshot)).abilities).toMatchObject({ canRunAgenda: true, canModerateQuestions: true, canSeeAskers: true });

    const state = await setCurrentAgendaItem({ actor: chair.actor, sessionId: session.id, step: { step: "next" } });
    for (const client of [visitor, chairView]) {
      const message = await client.next((candidate): candidate is Extract<LiveMessage, { type: "agenda" }> => isAgenda(candidate) && candidate.agenda.version === state.version);
      expect(message.agenda).toMatchObject({ currentPosition: 0 });
      expect(Date.parse(message.serverTime)).not.toBeNaN();
    }
    // "Next" past the last item ends the agenda.
    await setCurrentAgendaItem({ actor: chair.actor, sessionId: session.id, step: { step: "next" } });
    const last = await setCurrentAgendaItem({ actor: chair.actor, sessionId: session.id, step: { step: "next" } });
    expect(last.currentPosition).toBeNull();
    await expect(setCurrentAgendaItem({ actor: chair.actor, sessionId: session.id, step: { step: "start", position: 7 } })).rejects.toThrow(/no such item/);
  });

  it("refuses the agenda to a non-chair and announces nothing", async () => {
    const session = await createSession({ agenda });
    const member = await createSignedInPerson("member");
    const client = await open(session.slug);
    await client.next(isSnapshot);
    await expect(setCurrentAgendaItem({ actor: member.actor, sessionId: session.id, step: { step: "next" } })).rejects.toThrow(/permission/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.messages.filter(isAgenda)).toHaveLength(0);
  });

  it("is not found for a members-only session to visitors and users, and opens for members", async () => {
    const session = await createSession({ visibility: "MEMBERS", agenda });
    const user = await createSignedInPerson("user");
    const member = await createSignedInPerson("member");
    expect((await open(session.slug)).status).toBe(404);
    expect((await open(session.slug, user.sessionToken)).status).toBe(404);
    expect((await open("no-such-session")).status).toBe(404);
    expect((await open("%E0%A4%A")).status).toBe(404);
    const memberView = await open(session.slug, member.sessionToken);
    expect(memberView.status).toBe(200);
    await memberView.next(isSnapshot);
  });

  it("hears nothing of a change whose transaction rolled back", async () => {
    const session = await createSession({ agenda });
    const client = await open(session.slug);
    await client.next(isSnapshot);
    await expect(
      db.$transaction(async (tx) => {
        await tx.bofSession.update({ where: { id: session.id }, data: { currentAgendaPosition: 1, liveVersion: { increment: 1 } } });
        await notifySessionLive(tx, { sessionId: session.id, change: { kind: "agenda" }, actorId: null });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.messages.filter(isAgenda)).toHaveLength(0);
  });

  it("sends a new question to every viewer, with the asker's name hidden from all but chairs when asked anonymously", async () => {
    const session = await createSession({ agenda });
    const asker = await createSignedInPerson("user");
    const chair = await createSignedInPerson("chair");
    const visitor = await open(session.slug);
    const chairView = await open(session.slug, chair.sessionToken);
    const askerView = await open(session.slug, asker.sessionToken);
    await Promise.all([visitor, chairView, askerView].map((client) => client.next(isSnapshot)));

    const question = await askQuestion({ actor: asker.actor, sessionId: session.id, body: "Will free-threading help mpi4py?", isAnonymous: true });
    const seenByVisitor = await visitor.next(isQuestion);
    expect(seenByVisitor.item).toMatchObject({ id: question.id, askerName: null, isMine: false });
    expect((await chairView.next(isQuestion)).item.askerName).toBe(asker.name);
    expect((await askerView.next(isQuestion)).item.isMine).toBe(true);
  });

  it("catches a reconnecting viewer up from its first snapshot", async () => {
    const session = await createSession({ agenda });
    const asker = await createSignedInPerson("user");
    const first = await open(session.slug);
    await first.next(isSnapshot);
    first.close();
    await askQuestion({ actor: asker.actor, sessionId: session.id, body: "Asked while you were away", isAnonymous: false });
    const again = await open(session.slug);
    const snapshot = await again.next(isSnapshot);
    expect(snapshot.snapshot.questions.map((question) => question.body)).toEqual(["Asked while you were away"]);
  });
});

describe("the session's record", () => {
  it("puts the questions with their votes, the poll results and the action items beside the notes in the Markdown export", async () => {
    const session = await createSession({ agenda });
    const chair = await createSignedInPerson("chair");
    const asker = await createSignedInPerson("user");
    const voter = await createSignedInPerson("user");
    const question = await askQuestion({ actor: asker.actor, sessionId: session.id, body: "Is the GIL gone for good?", isAnonymous: true });
    await toggleQuestionVote({ actor: voter.actor, questionId: question.id, hasVote: true });
    const poll = await createPoll({ actor: chair.actor, sessionId: session.id, input: { question: "Which filesystem hurts most?", kind: "SINGLE", options: ["Lustre", "GPFS"], hideResultsUntilClosed: false } });
    await setPollState({ actor: chair.actor, pollId: poll.id, state: "OPEN" });
    await voteInPoll({ actor: voter.actor, pollId: poll.id, optionIds: [poll.options[0]!.id] });
    await setPollState({ actor: chair.actor, pollId: poll.id, state: "CLOSED" });
    await addActionItem({ actor: chair.actor, sessionId: session.id, input: { text: "Write up the import storms", ownerName: "Ada", dueOn: "2026-12-31" } });

    const record = await getSessionNotes({ actor: { userId: null, role: "anonymous" }, slug: session.slug });
    const file = notesAsMarkdownFile(record!, "https://hub.example/sessions/x");
    expect(file).toMatch(/## Notes[\s\S]*## Questions\n\n- Is the GIL gone for good\? — Anonymous · 1 vote/);
    expect(file).toMatch(/## Polls[\s\S]*Which filesystem hurts most\?[\s\S]*\| Lustre \| 1 \| 100% \|/);
    expect(file).toContain("- [ ] Write up the import storms — Ada, due 2026-12-31");
    expect(file).not.toContain(asker.name!);
  });
});

describe("two app processes", () => {
  const processes: ChildProcess[] = [];
  afterEach(() => {
    for (const child of processes.splice(0)) child.kill("SIGKILL");
  });
  const startProcess = async () => {
    const probe = createServer().listen(0, "127.0.0.1");
    await once(probe, "listening");
    const { port } = probe.address() as AddressInfo;
    probe.close();
    const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/register-server-only.mjs", "tests/support/live-process.ts"], {
      env: { ...process.env, DATABASE_URL: getAppConfig().databaseUrl, PORT: String(port) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    processes.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child.once("exit", (code) => reject(new Error(`live process exited with ${code}`)));
    });
    return `http://127.0.0.1:${port}`;
  };

  it("carry a change made through either to the viewers of both", { timeout: 60_000 }, async () => {
    const session = await createSession({ agenda });
    const chair = await createSignedInPerson("chair");
    const asker = await createSignedInPerson("user");
    const [first, second] = await Promise.all([startProcess(), startProcess()]);
    const onFirst = await open(session.slug, undefined, first);
    const onSecond = await open(session.slug, chair.sessionToken, second);
    // Generous: each process compiles the app's modules on its first request.
    await Promise.all([onFirst.next(isSnapshot, 20_000), onSecond.next(isSnapshot, 20_000)]);

    const question = await askQuestion({ actor: asker.actor, sessionId: session.id, body: "Does this reach both processes?", isAnonymous: false });
    await setCurrentAgendaItem({ actor: chair.actor, sessionId: session.id, step: { step: "start", position: 1 } });
    for (const client of [onFirst, onSecond]) {
      expect((await client.next(isQuestion)).item.id).toBe(question.id);
      expect((await client.next(isAgenda)).agenda.currentPosition).toBe(1);
    }
  });
});

/**
 * `npm run bench -- live`: the live session tools with a room of participants.
 * 300 signed-in people follow one session's live channel (Server-Sent Events,
 * served by server/live-server.ts in a process of its own); 50 of them vote
 * at random on questions and in a poll, and now and then one asks a new
 * question. For every change, the delay from the moment the voter's request
 * starts (the use case, with its database transaction and NOTIFY) to its
 * arrival at each of the 300 is recorded: p50/p95/p99 per kind. Also: the
 * time of the transaction alone, the server's CPU and peak memory, and that
 * every client ends with the same counts as the database.
 */
import { request } from "node:http";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setAppConfig, type AppConfig } from "@/lib/config";
import { applyMigrations } from "@/lib/database/migrations";
import { openDatabase } from "@/lib/database/open-database";
import { createDatabaseClient, disconnectDatabase, type Database } from "@/lib/db";
import type { LiveMessage } from "@/lib/live/live-types";
import type { Actor } from "@/lib/permissions";
import { createPoll } from "@/lib/polls/create-poll";
import { setPollState } from "@/lib/polls/set-poll-state";
import { voteInPoll } from "@/lib/polls/vote-in-poll";
import { askQuestion } from "@/lib/questions/ask-question";
import { toggleQuestionVote } from "@/lib/questions/toggle-question-vote";
import { prepareBenchPeople } from "./bench-people";
import { percentile } from "./load";
import { cpuMs, printTable, resetPeakMemory, startServerProcess } from "./process-stats";

const DATA_DIR = path.join(process.cwd(), ".data", "bench-live");
const PARTICIPANTS = Number(process.env.LIVE_BENCH_PARTICIPANTS ?? 300);
const VOTERS = Number(process.env.LIVE_BENCH_VOTERS ?? 50);
const MEASURE_MS = Number(process.env.LIVE_BENCH_SECONDS ?? 20) * 1000;
const WARMUP_MS = 2_000;
/** Each voter acts about once a second (0.5–1.5 s apart): ~50 changes a second in all. */
const VOTER_PAUSE_MS: [number, number] = [500, 1_500];
const STARTING_QUESTIONS = 12;
const NEW_QUESTION_EVERY_MS = 2_000;

type Kind = "question vote" | "poll vote" | "new question";

interface Change {
  kind: Kind;
  key: string;
  version: number;
  startedAt: number;
  /** The use case's own time: transaction and NOTIFY, from this process. */
  writeMs: number;
  measured: boolean;
}

/** One participant's live view: every versioned item it hears of, and when. */
class Participant {
  /** Per item ("q:12", "p:3"): arrivals in order, versions rising. */
  readonly arrivals = new Map<string, { version: number; at: number }[]>();
  readonly latest = new Map<string, LiveMessage>();
  snapshotAt: number | null = null;
  close = () => {};

  hear(message: LiveMessage, at: number) {
    if (message.type === "snapshot") {
      this.snapshotAt = at;
      for (const question of message.snapshot.questions) this.record(`q:${question.id}`, question.version, at, { type: "item", kind: "question", item: question });
      for (const poll of message.snapshot.polls) this.record(`p:${poll.id}`, poll.version, at, { type: "item", kind: "poll", item: poll });
    } else if (message.type === "item" && message.kind === "question") this.record(`q:${message.item.id}`, message.item.version, at, message);
    else if (message.type === "item" && message.kind === "poll") this.record(`p:${message.item.id}`, message.item.version, at, message);
  }

  private record(key: string, version: number, at: number, message: LiveMessage) {
    const list = this.arrivals.get(key) ?? [];
    if (list.length && list[list.length - 1]!.version >= version) return;
    list.push({ version, at });
    this.arrivals.set(key, list);
    this.latest.set(key, message);
  }

  /** When this participant first held the change's version or a newer one (news may be coalesced). */
  arrivalOf(change: Change): number | null {
    const found = this.arrivals.get(change.key)?.find((arrival) => arrival.version >= change.version);
    return found ? found.at : null;
  }
}

function follow(url: string, cookie: string, participant: Participant): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { cookie } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`The live channel answered ${response.statusCode}`));
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!block.startsWith("data: ")) continue;
          const message = JSON.parse(block.slice(6)) as LiveMessage;
          participant.hear(message, at);
          if (message.type === "snapshot") resolve();
        }
      });
      response.on("error", () => {});
    });
    req.on("error", reject);
    participant.close = () => req.destroy();
    req.end();
  });
}

const byValue = (a: number, b: number) => a - b;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = ([low, high]: [number, number]) => low + Math.random() * (high - low);
const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;

export async function liveSuite() {
  const database = await openDatabase({ dataRoot: DATA_DIR });
  await applyMigrations(database.url);
  const prisma: Database = createDatabaseClient(database.url, { maxConnections: 2 });
  // The voters' use cases run in this process, against the same database.
  setAppConfig({ env: {} as AppConfig["env"], databaseUrl: database.url, isEmbeddedDatabase: false, authSecret: "live-bench-secret-live-bench-secret", isDemoSignInEnabled: false });
  const people = await prepareBenchPeople(prisma, "bench-live-", PARTICIPANTS);
  const chairActor: Actor = { userId: people[0]!.id, role: "chair" };
  const actorOf = (index: number): Actor => ({ userId: people[index]!.id, role: "user" });
  const session = await prisma.bofSession.create({
    data: { slug: `bench-live-${Date.now()}`, title: "Live tools benchmark", startsAt: new Date(Date.now() - 60_000), endsAt: new Date(Date.now() + 3_600_000), timeZone: "UTC" },
  });
  const server = await startServerProcess({ script: path.join("tests", "support", "live-process.ts"), label: "The live server", env: { DATABASE_URL: database.url } });
  const participants: Participant[] = [];
  try {
    const questionIds: number[] = [];
    for (let index = 0; index < STARTING_QUESTIONS; index += 1) {
      questionIds.push((await askQuestion({ actor: actorOf(VOTERS + index), sessionId: session.id, body: `Starting question ${index + 1}: what about the import storms?`, isAnonymous: index % 3 === 0 })).id);
    }
    const poll = await createPoll({ actor: chairActor, sessionId: session.id, input: { question: "Which filesystem hurts most?", kind: "SINGLE", options: ["Lustre", "GPFS", "NFS", "BeeGFS"], hideResultsUntilClosed: false } });
    await setPollState({ actor: chairActor, pollId: poll.id, state: "OPEN" });

    process.stdout.write(`Connecting ${PARTICIPANTS} participants… `);
    const connectStarted = performance.now();
    for (let index = 0; index < PARTICIPANTS; index += 25) {
      await Promise.all(
        people.slice(index, index + 25).map((person) => {
          const participant = new Participant();
          participants.push(participant);
          return follow(`${server.url}/live/sessions/${session.slug}`, person.cookie, participant);
        }),
      );
    }
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    process.stdout.write(`${connectSeconds.toFixed(1)} s. Voting… `);

    const changes: Change[] = [];
    const failures: string[] = [];
    const started = performance.now();
    const measureFrom = started + WARMUP_MS;
    const stopAt = measureFrom + MEASURE_MS;
    const hasVote = Array.from({ length: VOTERS }, () => new Set<number>());
    const run = async (kind: Kind, key: () => string, action: () => Promise<{ version: number; id: number }>) => {
      const startedAt = performance.now();
      try {
        const result = await action();
        const change: Change = { kind, key: key().replace("#", String(result.id)), version: result.version, startedAt, writeMs: performance.now() - startedAt, measured: startedAt >= measureFrom };
        changes.push(change);
        return result;
      } catch (error) {
        failures.push(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      }
    };
    const voter = async (index: number) => {
      const actor = actorOf(index);
      await sleep(between([0, VOTER_PAUSE_MS[1]]));
      while (performance.now() < stopAt) {
        if (Math.random() < 0.75) {
          const questionId = pick(questionIds);
          const voted = hasVote[index]!.has(questionId);
          const result = await run("question vote", () => "q:#", () => toggleQuestionVote({ actor, questionId, hasVote: !voted }));
          if (result) {
            if (voted) hasVote[index]!.delete(questionId);
            else hasVote[index]!.add(questionId);
          }
        } else {
          await run("poll vote", () => "p:#", () => voteInPoll({ actor, pollId: poll.id, optionIds: [pick(poll.options).id] }));
        }
        await sleep(between(VOTER_PAUSE_MS));
      }
    };
    const asker = async () => {
      let asked = 0;
      while (performance.now() < stopAt) {
        await sleep(NEW_QUESTION_EVERY_MS);
        const index = asked++ % VOTERS;
        const result = await run("new question", () => "q:#", () => askQuestion({ actor: actorOf(index), sessionId: session.id, body: `New question ${asked} from the floor: does PEP 703 help us?`, isAnonymous: false }));
        if (result) questionIds.push(result.id);
      }
    };
    const cpuBefore = { at: performance.now(), ms: cpuMs(server.pid) };
    const peak = resetPeakMemory(server.pid);
    await Promise.all([...Array.from({ length: VOTERS }, (_, index) => voter(index)), asker()]);
    const cpuAfter = { at: performance.now(), ms: cpuMs(server.pid) };
    process.stdout.write("settling… ");

    // Everyone has heard every change, or 10 s have passed.
    const settleUntil = performance.now() + 10_000;
    while (performance.now() < settleUntil && changes.some((change) => participants.some((participant) => participant.arrivalOf(change) === null))) await sleep(100);
    const peakRssMb = peak.stop() / 1024;
    console.log("done.");

    // The clients' final counts against the database.
    const stored = await prisma.question.findMany({ where: { sessionId: session.id }, select: { id: true, voteCount: true } });
    const storedPoll = await prisma.pollOption.findMany({ where: { pollId: poll.id }, select: { id: true, voteCount: true } });
    const agrees = participants.every(
      (participant) =>
        stored.every((question) => {
          const message = participant.latest.get(`q:${question.id}`);
          return message?.type === "item" && message.kind === "question" && message.item.voteCount === question.voteCount;
        }) &&
        storedPoll.every((option) => {
          const message = participant.latest.get(`p:${poll.id}`);
          return message?.type === "item" && message.kind === "poll" && message.item.options.find((candidate) => candidate.id === option.id)?.voteCount === option.voteCount;
        }),
    );

    const measured = changes.filter((change) => change.measured);
    const rows = (["question vote", "poll vote", "new question"] as Kind[]).map((kind) => {
      const ofKind = measured.filter((change) => change.kind === kind);
      const delays: number[] = [];
      const firsts: number[] = [];
      let missing = 0;
      for (const change of ofKind) {
        let first = Number.POSITIVE_INFINITY;
        for (const participant of participants) {
          const at = participant.arrivalOf(change);
          if (at === null) missing += 1;
          else {
            delays.push(at - change.startedAt);
            first = Math.min(first, at - change.startedAt);
          }
        }
        if (Number.isFinite(first)) firsts.push(first);
      }
      const writes = ofKind.map((change) => change.writeMs).sort(byValue);
      delays.sort(byValue);
      firsts.sort(byValue);
      const fmt = (value: number) => value.toFixed(1);
      return [
        kind,
        String(ofKind.length),
        `${delays.length}/${delays.length + missing}`,
        fmt(percentile(writes, 50)),
        fmt(percentile(writes, 95)),
        fmt(percentile(firsts, 50)),
        fmt(percentile(delays, 50)),
        fmt(percentile(delays, 95)),
        fmt(percentile(delays, 99)),
        fmt(delays.reduce((max, delay) => Math.max(max, delay), 0)),
      ];
    });
    const all: number[] = [];
    for (const change of measured) for (const participant of participants) {
      const at = participant.arrivalOf(change);
      if (at !== null) all.push(at - change.startedAt);
    }
    all.sort(byValue);
    const seconds = MEASURE_MS / 1000;
    printTable(
      `Live session tools (${new Date().toISOString().slice(0, 16)}Z; ${PARTICIPANTS} participants on the live channel, ${VOTERS} voting about once a second each, a new question every ${NEW_QUESTION_EVERY_MS / 1000} s; ${seconds} s measured after ${WARMUP_MS / 1000} s; delay = the voter's use case starting → the change arriving at each participant)`,
      ["change", "count", "arrivals", "write p50 ms", "write p95 ms", "first p50 ms", "p50 ms", "p95 ms", "p99 ms", "max ms"],
      [...rows, ["all", String(measured.length), String(all.length), "", "", "", percentile(all, 50).toFixed(1), percentile(all, 95).toFixed(1), percentile(all, 99).toFixed(1), all.reduce((max, delay) => Math.max(max, delay), 0).toFixed(1)]],
    );
    const cpuPercent = ((cpuAfter.ms - cpuBefore.ms) / (cpuAfter.at - cpuBefore.at)) * 100;
    console.log(
      [
        "",
        `  changes per second: ${(measured.length / seconds).toFixed(1)}; connect: ${connectSeconds.toFixed(1)} s for ${PARTICIPANTS}`,
        `  live server: CPU ${cpuPercent.toFixed(0)} % of one core (${((cpuAfter.ms - cpuBefore.ms) / Math.max(1, changes.length)).toFixed(2)} ms per change, for ${PARTICIPANTS} sends each), peak RSS ${peakRssMb.toFixed(0)} MB`,
        `  write: the use case alone (transaction with its row lock, count update and NOTIFY, then the voter's own view read after the commit), from this process; first: the earliest participant`,
        `  every participant ends with the database's counts: ${agrees ? "yes ✓" : "NO ✗"}; failed changes: ${failures.length}${failures.length ? ` (${[...new Set(failures)].slice(0, 3).join("; ")})` : ""}`,
        `  server errors: ${server.errors.length ? server.errors.slice(0, 5).join(" | ") : "none"}`,
      ].join("\n"),
    );
  } finally {
    for (const participant of participants) participant.close();
    await server.stop();
    await prisma.bofSession.deleteMany({ where: { id: session.id } }).catch(() => {});
    await prisma.user.deleteMany({ where: { id: { startsWith: "bench-live-" } } }).catch(() => {});
    await prisma.$disconnect();
    await disconnectDatabase();
    await database.close();
  }
}

import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import * as Y from "yjs";
import { applyMigrations } from "@/lib/database/migrations";
import { openDatabase } from "@/lib/database/open-database";
import { setAppConfig, type AppConfig } from "@/lib/config";
import { createDatabaseClient, disconnectDatabase, type Database } from "@/lib/db";
import { COLLAB_PATH, noteDocumentName, noteLimits, NOTES_TEXT_FIELD } from "@/lib/notes/note-document";
import { storeNotes } from "@/lib/notes/note-persistence";
import { connectClient, DeliveryLog, startTypist, type AwarenessMode, type BenchClient } from "./collab-clients";
import { prepareBenchPeople } from "./bench-people";
import { percentile } from "./load";
import { cpuMs, memoryKb, printTable, resetPeakMemory, startServerProcess, type ServerProcess } from "./process-stats";

/**
 * `npm run bench -- collab`: the live-notes server under a meeting's load,
 * against a bare Hocuspocus server measured the same way in the same run.
 *
 * For each number of clients (10, 100, 300) and each server, a fresh server
 * process starts; one client comes and goes (a warm server), then all clients
 * join one document at once, each on its own WebSocket; one person types
 * steadily (~8 characters a second) and five in bursts, one document update
 * per keystroke. After a 2 s warm-up, 15 s are measured: the delay from each
 * keystroke to its arrival at every other client, the acknowledgement at the
 * typist, the server process's CPU (utime + stime from /proc) and its peak
 * memory (VmHWM, reset after start-up). Then the typing stops, the bench
 * waits until every edit has arrived everywhere, and checks that all clients
 * hold the same text (and, for ours, that the stored Markdown is that text).
 *
 * Awareness: in the grid every client announces its person, as the editor
 * does. The typists' cursors (the editor moves them with every keystroke)
 * come on in one more pair of phases at 100 clients: the provider re-sends
 * every awareness change it receives, so each cursor move costs the server
 * one message from every client, and the 300 simulated browsers in this one
 * process then saturate it — the delay would measure the bench, not the server.
 *
 * Our server runs with sign-in (a session cookie per person, checked in
 * PostgreSQL) and persistence (every update inserted in NoteUpdate before it
 * is applied), on an embedded database of its own under .data/bench-collab.
 * Last, the INSERT is timed alone, and beside the periodic store.
 */

const DATA_DIR = path.join(process.cwd(), ".data", "bench-collab");
/** COLLAB_BENCH_CLIENTS=10,100 and COLLAB_BENCH_SECONDS=5 make a quicker run. */
const CLIENT_COUNTS = (process.env.COLLAB_BENCH_CLIENTS ?? "10,100,300").split(",").map(Number);
const WARMUP_MS = 2_000;
const MEASURE_MS = Number(process.env.COLLAB_BENCH_SECONDS ?? 15) * 1000;
const SETTLE_TIMEOUT_MS = 30_000;
const BURSTY_TYPISTS = 5;
/** The grid's awareness: each person present, no cursor moving (see the suite's comment). */
const GRID_AWARENESS = (process.env.COLLAB_BENCH_AWARENESS ?? "presence") as AwarenessMode;
/** Then once more with the typists' cursors, at this many clients (0: skip). */
const CURSOR_CLIENTS = Number(process.env.COLLAB_BENCH_CURSOR_CLIENTS ?? 100);
const INSERTS = 1_000;
const PACED_INSERTS = 200;

type Variant = "bare" | "ours";

interface PhaseResult {
  variant: Variant;
  clients: number;
  awareness: AwarenessMode;
  connectSeconds: number;
  editsPerSecond: number;
  measuredEdits: number;
  delivered: number;
  expected: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  ackP50: number;
  ackP95: number;
  serverCpuPercent: number;
  serverCpuMsPerEdit: number;
  idleRssMb: number;
  peakRssMb: number;
  benchCpuPercent: number;
  benchLoopPercent: number;
  isIdentical: boolean;
  /** Ours only: the Markdown stored after everyone left equals the clients' text. */
  isStored?: boolean;
  /** Messages a second each client sent while measuring: the median client and the busiest. */
  clientRateMedian: number;
  clientRateMax: number;
  /** The emptiest any client's rate-limit bucket got (the server closes a connection below 1). */
  lowestBudget: number;
  /** Seconds from the start of joining to that moment. */
  lowestBudgetAfter: number;
  closeCodes: number[];
  serverErrors: string[];
  /** The text everyone ended with. */
  text: string;
}

export async function collabSuite() {
  const started = performance.now();
  const database = await openDatabase({ dataRoot: DATA_DIR });
  const prisma = createDatabaseClient(database.url, { maxConnections: 4 });
  const sessionIds: number[] = [];
  try {
    await applyMigrations(database.url);
    const cookies = (await prepareBenchPeople(prisma, "bench-collab-", Math.max(...CLIENT_COUNTS))).map((person) => person.cookie);
    console.log(`Database ready (.data/bench-collab) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    const phases: [number, AwarenessMode][] = [...CLIENT_COUNTS.map((clients) => [clients, GRID_AWARENESS] as [number, AwarenessMode])];
    if (CURSOR_CLIENTS && GRID_AWARENESS !== "cursors") phases.push([CURSOR_CLIENTS, "cursors"]);
    const results: PhaseResult[] = [];
    for (const [clients, awareness] of phases) {
      // Alternating, so that whatever else the machine does falls on both alike.
      for (const variant of ["bare", "ours"] as const) {
        const session = await prisma.bofSession.create({
          data: { slug: `bench-collab-${Date.now()}-${variant}-${clients}`, title: "Collaboration benchmark", startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), timeZone: "UTC" },
        });
        sessionIds.push(session.id);
        results.push(await runPhase({ variant, clients, awareness, sessionId: session.id, cookies, databaseUrl: database.url, prisma }));
      }
    }
    const scratch = async (purpose: string) => {
      const session = await prisma.bofSession.create({ data: { slug: `bench-collab-${Date.now()}-${purpose}`, title: `Collaboration benchmark (${purpose})`, startsAt: new Date(), endsAt: new Date(), timeZone: "UTC" } });
      sessionIds.push(session.id);
      return session.id;
    };
    process.stdout.write("Timing the log's INSERT alone… ");
    const inserts = await measureInserts(prisma, database.url, await scratch("inserts"));
    process.stdout.write("and beside the periodic store… ");
    const longestText = results.map((row) => row.text).reduce((longest, text) => (text.length > longest.length ? text : longest), "");
    const stall = await measureStoreStall(prisma, database.url, await scratch("store"), longestText);
    console.log("done.");
    report(results, inserts, stall);
  } finally {
    await prisma.bofSession.deleteMany({ where: { id: { in: sessionIds } } }).catch(() => {});
    await prisma.user.deleteMany({ where: { id: { startsWith: "bench-collab-" } } }).catch(() => {});
    await prisma.$disconnect();
    await database.close();
  }
}


async function runPhase({ variant, clients: count, awareness, sessionId, cookies, databaseUrl, prisma }: { variant: Variant; clients: number; awareness: AwarenessMode; sessionId: number; cookies: string[]; databaseUrl: string; prisma: Database }): Promise<PhaseResult> {
  const phaseStart = performance.now();
  process.stdout.write(`${variant.padEnd(4)} ${String(count).padStart(3)} clients, ${awareness.padEnd(8)}: starting the server… `);
  const server = await startServer(variant, databaseUrl);
  const clients: BenchClient[] = [];
  try {
    const log = new DeliveryLog();
    const documentName = noteDocumentName(sessionId);
    // A server that has been up a while: one person comes and goes first (the
    // first sign-in opens the database pool, the first document loads code).
    const first = await connectClient({ url: `${server.url}${COLLAB_PATH}`, documentName, cookie: cookies[0], name: "Early bird", log, awareness });
    first.close();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const idleRss = memoryKb(server.pid).rss;
    // From here VmHWM is the phase's peak.
    const peakSampler = resetPeakMemory(server.pid);

    process.stdout.write("connecting… ");
    const connectStart = performance.now();
    const connecting = Array.from({ length: count }, (_, index) => connectClient({ url: `${server.url}${COLLAB_PATH}`, documentName, cookie: cookies[index], name: `Bench person ${index}`, log, awareness }));
    const settled = await Promise.allSettled(connecting);
    for (const outcome of settled) if (outcome.status === "fulfilled") clients.push(outcome.value);
    const refused = settled.find((outcome) => outcome.status === "rejected");
    if (refused) throw (refused as PromiseRejectedResult).reason;
    const connectSeconds = (performance.now() - connectStart) / 1000;

    process.stdout.write("typing… ");
    const typists = clients.slice(0, 1 + BURSTY_TYPISTS).map((client, index) => startTypist(client, log, index === 0 ? { kind: "steady", charsPerSecond: 8 } : { kind: "bursts" }, 1000 * count + index, { withCursor: awareness === "cursors" }));
    await new Promise((resolve) => setTimeout(resolve, WARMUP_MS));

    const cpuBefore = cpuMs(server.pid);
    const benchCpuBefore = process.cpuUsage();
    const loopBefore = performance.eventLoopUtilization();
    log.startMeasuring();
    await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
    log.stopMeasuring();
    const serverCpu = cpuMs(server.pid) - cpuBefore;
    const benchCpu = process.cpuUsage(benchCpuBefore);
    const loop = performance.eventLoopUtilization(loopBefore);
    for (const typist of typists) typist.stop();

    // Quiet: every measured edit has arrived at every other client and the typists hold no unacknowledged change.
    process.stdout.write("settling… ");
    const expected = log.measuredEdits * (count - 1);
    const deadline = performance.now() + SETTLE_TIMEOUT_MS;
    while (performance.now() < deadline && (log.delivered < expected || clients.slice(0, typists.length).some((client) => client.provider.hasUnsyncedChanges))) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const texts = clients.map((client) => client.text.toString());
    const isIdentical = texts.every((text) => text === texts[0]);
    const peakRss = peakSampler.stop();
    const closeCodes = clients.flatMap((client) => client.closeCodes);
    const rates = clients.map((client) => client.outgoing.measured / (MEASURE_MS / 1000)).sort((a, b) => a - b);
    const emptiest = clients.reduce((lowest, client) => (client.outgoing.lowestBudget < lowest.outgoing.lowestBudget ? client : lowest));
    const lowestBudget = emptiest.outgoing.lowestBudget;
    const lowestBudgetAfter = (emptiest.outgoing.lowestBudgetAt - connectStart) / 1000;

    for (const client of clients.splice(0)) client.close();
    await server.stop();
    let isStored: boolean | undefined;
    if (variant === "ours") {
      const stored = await prisma.noteDocument.findUnique({ where: { sessionId }, select: { markdown: true } });
      isStored = stored?.markdown === texts[0];
    }

    const delays = log.delays.sort((a, b) => a - b);
    const acks = log.acks.sort((a, b) => a - b);
    const result: PhaseResult = {
      variant,
      clients: count,
      awareness,
      connectSeconds,
      editsPerSecond: log.measuredEdits / (MEASURE_MS / 1000),
      measuredEdits: log.measuredEdits,
      delivered: log.delivered,
      expected,
      p50: percentile(delays, 50),
      p95: percentile(delays, 95),
      p99: percentile(delays, 99),
      max: delays.at(-1) ?? Number.NaN,
      ackP50: percentile(acks, 50),
      ackP95: percentile(acks, 95),
      serverCpuPercent: (serverCpu / MEASURE_MS) * 100,
      serverCpuMsPerEdit: serverCpu / Math.max(1, log.measuredEdits),
      idleRssMb: idleRss / 1024,
      peakRssMb: peakRss / 1024,
      benchCpuPercent: ((benchCpu.user + benchCpu.system) / 1000 / MEASURE_MS) * 100,
      benchLoopPercent: loop.utilization * 100,
      isIdentical,
      isStored,
      clientRateMedian: percentile(rates, 50),
      clientRateMax: rates.at(-1) ?? Number.NaN,
      lowestBudget,
      lowestBudgetAfter,
      closeCodes,
      serverErrors: server.errors,
      text: texts[0] ?? "",
    };
    console.log(`p95 ${result.p95.toFixed(1)} ms, ${result.delivered}/${expected} delivered, client msgs/s median ${result.clientRateMedian.toFixed(0)} max ${result.clientRateMax.toFixed(0)}, emptiest rate budget ${lowestBudget.toFixed(0)} at ${lowestBudgetAfter.toFixed(1)} s, ${isIdentical ? "identical" : "DIFFERENT TEXTS"} (${((performance.now() - phaseStart) / 1000).toFixed(0)} s)`);
    return result;
  } finally {
    for (const client of clients) client.close();
    await server.stop();
  }
}

/** E.g. COLLAB_BENCH_SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/profiles" to see where the servers spend their CPU. */
async function startServer(variant: Variant, databaseUrl: string): Promise<ServerProcess> {
  const flags = process.env.COLLAB_BENCH_SERVER_NODE_FLAGS?.split(" ").filter(Boolean) ?? [];
  const server = await startServerProcess({ script: path.join("bench", "collab-server-process.ts"), label: `The ${variant} server`, nodeFlags: flags, env: { COLLAB_BENCH_SERVER: variant, DATABASE_URL: databaseUrl } });
  return { ...server, url: `ws://127.0.0.1:${server.port}` };
}


interface InsertTimes {
  label: string;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * What the write-ahead log costs per update, alone: the INSERT our server
 * makes before it applies an update (a real keystroke's update), through
 * Prisma as the server does and through pg directly, back to back and then
 * paced like the typing (one every 40 ms), where every statement wakes idle
 * processes up. A paced SELECT 1 shows the bare round trip.
 */
async function measureInserts(prisma: Database, databaseUrl: string, sessionId: number): Promise<InsertTimes[]> {
  const doc = new Y.Doc();
  doc.getText(NOTES_TEXT_FIELD).insert(0, "x");
  const update = Y.encodeStateAsUpdate(doc);
  const document = await prisma.noteDocument.create({ data: { sessionId }, select: { id: true } });
  const time = async (label: string, count: number, gapMs: number, statement: () => Promise<unknown>) => {
    for (let i = 0; i < 20; i++) await statement();
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await statement();
      times.push(performance.now() - start);
      if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
    times.sort((a, b) => a - b);
    return { label, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
  };
  const viaPrisma = () => prisma.$queryRaw`INSERT INTO "NoteUpdate" ("documentId", "update") VALUES (${document.id}, ${update}) RETURNING id`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const viaPg = () => client.query(`INSERT INTO "NoteUpdate" ("documentId", "update") VALUES ($1, $2) RETURNING id`, [document.id, Buffer.from(update)]);
  try {
    return [
      await time(`INSERT via Prisma $queryRaw (as the server), ${INSERTS} back to back`, INSERTS, 0, viaPrisma),
      await time(`INSERT via pg directly, ${INSERTS} back to back`, INSERTS, 0, viaPg),
      await time(`INSERT via Prisma $queryRaw, ${PACED_INSERTS} paced 40 ms apart`, PACED_INSERTS, 40, viaPrisma),
      await time(`INSERT via pg directly, ${PACED_INSERTS} paced 40 ms apart`, PACED_INSERTS, 40, viaPg),
      await time(`SELECT 1 via pg (round trip alone), ${PACED_INSERTS} paced 40 ms apart`, PACED_INSERTS, 40, () => client.query("SELECT 1")),
    ];
  } finally {
    await client.end();
    await prisma.noteUpdate.deleteMany({ where: { documentId: document.id } });
  }
}

interface StoreStall {
  textLength: number;
  stores: number;
  storeP50: number;
  storeMax: number;
  /** INSERT latency (ms) for inserts that overlapped a store, and for the others. */
  overlapping: { count: number; p50: number; p95: number; max: number };
  alone: { count: number; p50: number; p95: number; max: number };
}

/**
 * What the periodic store (lib/notes/note-persistence.ts storeNotes, every
 * 2–10 s while people type) does to the log writes that go on meanwhile: one
 * writer inserts an update every 5 ms, as a busy room would, while the real
 * storeNotes merges a notes-sized document every 250 ms.
 */
async function measureStoreStall(prisma: Database, databaseUrl: string, sessionId: number, text: string): Promise<StoreStall> {
  setAppConfig({ env: {} as AppConfig["env"], databaseUrl, isEmbeddedDatabase: false, authSecret: "collab-bench-secret-collab-bench-secret", isDemoSignInEnabled: false });
  const doc = new Y.Doc();
  const ytext = doc.getText(NOTES_TEXT_FIELD);
  ytext.insert(0, text);
  const { id: documentId } = await prisma.noteDocument.create({ data: { sessionId, state: Y.encodeStateAsUpdate(doc) as Uint8Array<ArrayBuffer> }, select: { id: true } });
  const keystroke = new Y.Doc();
  keystroke.getText(NOTES_TEXT_FIELD).insert(0, "x");
  const update = Y.encodeStateAsUpdate(keystroke);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  const storeTimes: number[] = [];
  const overlapping: number[] = [];
  const alone: number[] = [];
  let storesBegun = 0;
  let storesEnded = 0;
  const until = performance.now() + 5_000;
  const writer = async () => {
    while (performance.now() < until) {
      const begun = storesBegun;
      const wasStoring = storesBegun > storesEnded;
      const start = performance.now();
      await prisma.$queryRaw`INSERT INTO "NoteUpdate" ("documentId", "update") VALUES (${documentId}, ${update}) RETURNING id`;
      (wasStoring || storesBegun !== begun ? overlapping : alone).push(performance.now() - start);
      await sleep(5);
    }
  };
  const storer = async () => {
    while (performance.now() < until) {
      await sleep(250);
      ytext.insert(ytext.length, "x");
      storesBegun++;
      const start = performance.now();
      await storeNotes({ documentId, state: Y.encodeStateAsUpdate(doc) });
      storeTimes.push(performance.now() - start);
      storesEnded++;
    }
  };
  try {
    await Promise.all([writer(), storer()]);
  } finally {
    await disconnectDatabase();
  }
  const summary = (times: number[]) => {
    times.sort((a, b) => a - b);
    return { count: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? Number.NaN };
  };
  storeTimes.sort((a, b) => a - b);
  return { textLength: text.length, stores: storeTimes.length, storeP50: percentile(storeTimes, 50), storeMax: storeTimes.at(-1) ?? Number.NaN, overlapping: summary(overlapping), alone: summary(alone) };
}


function report(results: PhaseResult[], inserts: InsertTimes[], stall: StoreStall) {
  const ms = (value: number) => value.toFixed(1);
  printTable(
    `Live notes, one document (${new Date().toISOString().slice(0, 16)}Z; 1 steady typist at ~8 chars/s + ${BURSTY_TYPISTS} in bursts, one update per keystroke; ${MEASURE_MS / 1000} s measured after ${WARMUP_MS / 1000} s warm-up; delay = keystroke → arrival at each other client; ack = keystroke → server's acknowledgement at the typist)`,
    ["server", "clients", "awareness", "connect s", "edits/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "delivered", "ack p50", "ack p95", "server CPU", "CPU ms/edit", "RSS idle MB", "RSS peak MB", "client msg/s", "bench CPU", "bench loop", "identical"],
    results.map((row) => [
      row.variant === "ours" ? "ours (auth + persistence)" : "bare Hocuspocus",
      String(row.clients),
      row.awareness,
      row.connectSeconds.toFixed(2),
      row.editsPerSecond.toFixed(1),
      ms(row.p50),
      ms(row.p95),
      ms(row.p99),
      ms(row.max),
      `${row.delivered}/${row.expected}`,
      ms(row.ackP50),
      ms(row.ackP95),
      `${row.serverCpuPercent.toFixed(0)} %`,
      row.serverCpuMsPerEdit.toFixed(2),
      row.idleRssMb.toFixed(0),
      row.peakRssMb.toFixed(0),
      `${row.clientRateMedian.toFixed(0)} / ${row.clientRateMax.toFixed(0)}`,
      `${row.benchCpuPercent.toFixed(0)} %`,
      `${row.benchLoopPercent.toFixed(0)} %`,
      `${row.isIdentical ? "✓" : "✗"}${row.isStored === undefined ? "" : row.isStored ? " stored ✓" : " stored ✗"}`,
    ]),
  );
  console.log(
    `\n  server CPU: utime+stime of the server process over the measured ${MEASURE_MS / 1000} s; CPU ms/edit: that CPU per keystroke sent (fan-out, awareness and all).\n` +
      "  RSS idle: after one client came and went; RSS peak: VmHWM over the phase. client msg/s: messages each client sent while measuring, median / busiest\n" +
      "  (the server allows 60 a second with bursts of 300). bench CPU / loop: this process, which runs every client; near 100 % the clients, not the server, set the delay.",
  );

  const ratioLines: string[][] = [];
  for (const ours of results.filter((row) => row.variant === "ours")) {
    const bare = results.find((row) => row.variant === "bare" && row.clients === ours.clients && row.awareness === ours.awareness);
    if (!bare) continue;
    const p95Ratio = ours.p95 / bare.p95;
    const rssRatio = ours.peakRssMb / bare.peakRssMb;
    ratioLines.push([
      String(ours.clients),
      ours.awareness,
      `${p95Ratio.toFixed(2)}× ${p95Ratio <= 1.5 ? "✓" : "✗"}`,
      `${(ours.p50 / bare.p50).toFixed(2)}×`,
      `${(ours.p99 / bare.p99).toFixed(2)}×`,
      `${(ours.ackP95 / bare.ackP95).toFixed(2)}×`,
      `${rssRatio.toFixed(2)}× ${rssRatio < 2 ? "✓" : "✗"}`,
      `${((ours.peakRssMb - ours.idleRssMb) / (bare.peakRssMb - bare.idleRssMb)).toFixed(2)}×`,
      `${(ours.serverCpuMsPerEdit / bare.serverCpuMsPerEdit).toFixed(2)}×`,
      `${(ours.connectSeconds / bare.connectSeconds).toFixed(2)}×`,
    ]);
  }
  printTable(
    "Ours / bare (targets: p95 within 1.5×; peak RSS under 2×, with 300 clients)",
    ["clients", "awareness", "p95", "p50", "p99", "ack p95", "peak RSS", "RSS growth over idle", "CPU per edit", "connect time"],
    ratioLines,
  );

  printTable(
    "Where the time goes: the NoteUpdate INSERT our server awaits before it applies an update, alone on the same embedded PostgreSQL",
    ["statement", "p50 ms", "p95 ms", "p99 ms"],
    inserts.map((row) => [row.label, ms(row.p50), ms(row.p95), ms(row.p99)]),
  );
  printTable(
    `…and beside the periodic store (storeNotes on a ${stall.textLength}-character document every 250 ms, an INSERT every 5 ms, 5 s): ${stall.stores} stores, p50 ${ms(stall.storeP50)} ms, longest ${ms(stall.storeMax)} ms`,
    ["INSERTs", "count", "p50 ms", "p95 ms", "max ms"],
    [
      ["overlapping a store", String(stall.overlapping.count), ms(stall.overlapping.p50), ms(stall.overlapping.p95), ms(stall.overlapping.max)],
      ["the others", String(stall.alone.count), ms(stall.alone.p50), ms(stall.alone.p95), ms(stall.alone.max)],
    ],
  );

  const troubles = results.filter((row) => row.closeCodes.length || row.serverErrors.length);
  console.log(troubles.length ? "\nConnections closed or errors logged during a phase:" : "\nNo connection was closed and no server logged an error during the phases.");
  for (const row of troubles) {
    const codes = new Map<number, number>();
    for (const code of row.closeCodes) codes.set(code, (codes.get(code) ?? 0) + 1);
    console.log(`  ${row.variant} with ${row.clients} clients (${row.awareness}): ${[...codes].map(([code, times]) => `${times}× close ${code}`).join(", ") || "no closes"}; ${row.serverErrors.length} stderr lines`);
    for (const line of row.serverErrors.slice(0, 5)) console.log(`    ${line}`);
  }
  const lowest = results.reduce((emptiest, row) => (row.lowestBudget < emptiest.lowestBudget ? row : emptiest));
  console.log(
    `The emptiest rate-limit bucket of any client: ${lowest.lowestBudget.toFixed(0)} of ${noteLimits.messageBurst} messages left (the server closes a connection at 0), ` +
      `${lowest.variant} with ${lowest.clients} clients, ${lowest.lowestBudgetAfter.toFixed(1)} s after they began to join. Clients send only their own presence, as the app's editor does ` +
      `(lib/notes/send-own-awareness-only.ts; the stock provider echoes every change it receives, which made a client's rate the whole room's).`,
  );
}

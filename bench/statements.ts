/**
 * `npm run bench -- statements`: the consent vote's own write with 50 members
 * voting at once on one statement (each changing their vote every 0.5–1.5 s
 * for 20 s), measured around the use case in this process, against a
 * reference measured in the same run: the same voters' poll votes (the live
 * tools' write) on the same database, so machine drift shows in both.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setAppConfig, type AppConfig } from "@/lib/config";
import { applyMigrations } from "@/lib/database/migrations";
import { openDatabase } from "@/lib/database/open-database";
import { createDatabaseClient, disconnectDatabase, type Database } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { createPoll } from "@/lib/polls/create-poll";
import { setPollState } from "@/lib/polls/set-poll-state";
import { voteInPoll } from "@/lib/polls/vote-in-poll";
import { seedDatabase } from "@/lib/seed/seed-database";
import { castStatementVote } from "@/lib/statements/cast-vote";
import { startReview } from "@/lib/statements/change-statement-stage";
import { createStatement } from "@/lib/statements/create-statement";
import { openStatementVote } from "@/lib/statements/open-vote";
import { voteChoices } from "@/lib/statements/schemas";
import { prepareBenchPeople } from "./bench-people";
import { percentile } from "./load";
import { printTable } from "./process-stats";

const DATA_DIR = path.join(process.cwd(), ".data", "bench-statements");
const VOTERS = Number(process.env.STATEMENT_BENCH_VOTERS ?? 50);
const MEASURE_MS = Number(process.env.STATEMENT_BENCH_SECONDS ?? 20) * 1000;
const WARMUP_MS = 2_000;
const PAUSE_MS: [number, number] = [500, 1_500];
const day = 86_400_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = ([low, high]: [number, number]) => low + Math.random() * (high - low);

export async function statementsSuite() {
  const database = await openDatabase({ dataRoot: DATA_DIR });
  await applyMigrations(database.url);
  const prisma: Database = createDatabaseClient(database.url, { maxConnections: 2 });
  setAppConfig({ env: {} as AppConfig["env"], databaseUrl: database.url, isEmbeddedDatabase: false, authSecret: "statement-bench-secret-statement-bench", isDemoSignInEnabled: false });
  try {
    await seedDatabase({ withDemoData: false });
    const people = await prepareBenchPeople(prisma, "bench-st-", VOTERS + 1);
    const now = Date.now();
    await prisma.user.updateMany({ where: { id: { startsWith: "bench-st-" } }, data: { role: "MEMBER" } });
    await prisma.user.update({ where: { id: people[0]!.id }, data: { role: "CHAIR" } });
    await prisma.membership.createMany({ data: people.map((person) => ({ userId: person.id, affiliation: "Bench Centre", affiliationKind: "hpc-centre", roleAtAffiliation: "Voter", country: "DE", areas: [] })) });
    const chair: Actor = { userId: people[0]!.id, role: "chair" };
    const voters: Actor[] = people.slice(1).map((person) => ({ userId: person.id, role: "member" }));

    const statement = await createStatement({
      actor: chair,
      now: new Date(now - 10 * day),
      input: { title: `Bench statement ${now}`, target: "GENERAL", areas: ["packaging"], summary: "A statement that fifty members vote on at once, for the benchmark.", markdown: "The text voted on." },
    });
    await startReview({ actor: chair, now: new Date(now - 9 * day), input: { slug: statement.slug, reason: "To review." } });
    await openStatementVote({ actor: chair, input: { slug: statement.slug, reason: "To the vote.", closesAt: new Date(now + day), isAnonymous: false, hidesResultsUntilClose: false } });
    const sessionRow = await prisma.bofSession.create({ data: { slug: `bench-st-${now}`, title: "Reference poll", startsAt: new Date(now - 60_000), endsAt: new Date(now + 3_600_000), timeZone: "UTC" } });
    const poll = await createPoll({ actor: chair, sessionId: sessionRow.id, input: { question: "Reference", kind: "SINGLE", options: ["A", "B"], hideResultsUntilClosed: false } });
    await setPollState({ actor: chair, pollId: poll.id, state: "OPEN" });

    const rows: string[][] = [];
    const failuresSeen: string[] = [];
    for (const [label, write] of [
      ["statement vote (cast or change)", (actor: Actor, round: number) => castStatementVote({ actor, input: { slug: statement.slug, choice: voteChoices[round % 2 === 0 ? 0 : 1] } })],
      ["reference: poll vote", (actor: Actor, round: number) => voteInPoll({ actor, pollId: poll.id, optionIds: [poll.options[round % 2]!.id] })],
    ] as const) {
      const times: number[] = [];
      let failures = 0;
      let firstFailure: string | null = null;
      const started = performance.now();
      const measureFrom = started + WARMUP_MS;
      const stopAt = measureFrom + MEASURE_MS;
      await Promise.all(
        voters.map(async (actor) => {
          await sleep(between([0, PAUSE_MS[1]]));
          for (let round = 0; performance.now() < stopAt; round += 1) {
            const at = performance.now();
            try {
              await write(actor, round);
              if (at >= measureFrom) times.push(performance.now() - at);
            } catch (error) {
              failures += 1;
              firstFailure ??= (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(/\s+/g, " ").slice(0, 300);
            }
            await sleep(between(PAUSE_MS));
          }
        }),
      );
      times.sort((a, b) => a - b);
      if (firstFailure) failuresSeen.push(`${label}: ${failures} failed, the first with “${firstFailure}”`);
      rows.push([label, String(VOTERS), String(times.length), String(failures), percentile(times, 50).toFixed(1), percentile(times, 95).toFixed(1), percentile(times, 99).toFixed(1)]);
    }
    printTable(`Statement votes (${VOTERS} members at once, ${MEASURE_MS / 1000} s after ${WARMUP_MS / 1000} s warm-up, ${new Date().toISOString().slice(0, 16)}Z)`, ["write", "voters", "writes", "errors", "p50 ms", "p95 ms", "p99 ms"], rows);
    for (const line of failuresSeen) console.log(`\n  ${line}`);
    console.log("\n  The use case alone, from this process: permission, the statement and round row locks, the vote upsert and its history row, the objection bookkeeping, the member's activity, returning the vote as recorded.");
  } finally {
    await prisma.user.deleteMany({ where: { id: { startsWith: "bench-st-" } } }).catch(() => {});
    await prisma.$disconnect();
    await disconnectDatabase();
    await database.close();
  }
}

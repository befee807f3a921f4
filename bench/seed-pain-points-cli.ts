/**
 * `npx tsx bench/seed-pain-points-cli.ts <databaseUrl> [count] [seed]`: adds a
 * batch of generated pain-point reports (default 100,000) to a database that
 * has the migrations and the baseline data. Safe to run again: every run adds
 * another batch with its own people.
 */
import { seedPainPoints } from "./seed-pain-points";

const [databaseUrl, countArg, seedArg] = process.argv.slice(2);
if (!databaseUrl || databaseUrl === "--help" || databaseUrl === "-h") {
  console.log("Usage: npx tsx bench/seed-pain-points-cli.ts <databaseUrl> [count=100000] [seed=1]");
  process.exit(databaseUrl ? 0 : 2);
}
const count = countArg === undefined ? undefined : Number(countArg.replaceAll("_", ""));
const seed = seedArg === undefined ? undefined : Number(seedArg);
if ((count !== undefined && !Number.isSafeInteger(count)) || (seed !== undefined && !Number.isSafeInteger(seed))) {
  console.error("count and seed must be whole numbers.");
  process.exit(2);
}

try {
  const result = await seedPainPoints(databaseUrl, { count, seed, log: (line) => console.log(line) });
  console.log(
    `Added ${result.painPoints} pain points, ${result.votes} votes, ${result.comments} comments and ${result.users} people in ${result.seconds} s.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

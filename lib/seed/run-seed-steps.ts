import { db } from "@/lib/db";

export interface SeedStep {
  /** Stable id; a step with a new id runs once on every existing database. */
  id: string;
  description: string;
  run(): Promise<void>;
}

/**
 * Runs the steps this database has not had yet, in order, and remembers each.
 * Steps must be idempotent themselves: a crash between a step and its record
 * means it runs again on the next start.
 */
export async function runSeedSteps(steps: SeedStep[], log: (message: string) => void = () => {}) {
  const done = new Set((await db.seedStep.findMany({ select: { id: true } })).map((step) => step.id));
  const applied: string[] = [];
  for (const step of steps) {
    if (done.has(step.id)) continue;
    log(step.description);
    await step.run();
    await db.seedStep.upsert({ where: { id: step.id }, create: { id: step.id }, update: {} });
    applied.push(step.id);
  }
  return applied;
}

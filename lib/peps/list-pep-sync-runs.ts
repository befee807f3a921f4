import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";

export async function listPepSyncRuns({ actor, limit = 20 }: { actor: Actor; limit?: number }) {
  assertCan(actor, "peps.sync");
  return db.pepSyncRun.findMany({
    orderBy: { startedAt: "desc" },
    take: limit,
    select: {
      id: true,
      startedAt: true,
      trigger: true,
      source: true,
      usedSnapshot: true,
      added: true,
      updated: true,
      unchanged: true,
      statusChanges: true,
      problems: true,
      triggeredBy: { select: { name: true } },
    },
  });
}

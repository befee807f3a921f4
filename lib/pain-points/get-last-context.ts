import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";

/**
 * The context a person gave before (in votes and reports), most recent value
 * first for each field, to fill in their next form. Visitors have none.
 */
export async function getLastContext({ actor }: { actor: Actor }): Promise<Record<string, string>> {
  const userId = actor.userId;
  if (!userId) return {};
  const [votes, reports] = await Promise.all([
    db.painPointVote.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 10, select: { site: true, siteKind: true, filesystem: true, installMethod: true, createdAt: true } }),
    db.painPoint.findMany({
      where: { reporterId: userId },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { site: true, siteKind: true, filesystem: true, installMethod: true, scheduler: true, pythonVersion: true, mpi: true, accelerator: true, createdAt: true },
    }),
  ]);
  const newestFirst = [...votes, ...reports].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const context: Record<string, string> = {};
  for (const record of newestFirst) {
    for (const [field, value] of Object.entries(record)) {
      if (field !== "createdAt" && typeof value === "string" && value && !(field in context)) context[field] = value;
    }
  }
  return context;
}

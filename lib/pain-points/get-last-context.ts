import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";

/**
 * The context of the person's most recent report or "affects me too", as
 * they gave it then (one record, never fields pieced together from several),
 * for them to fill a new form from if they choose. Visitors have none.
 */
export async function getLastContext({ actor }: { actor: Actor }): Promise<Record<string, string>> {
  const userId = actor.userId;
  if (!userId) return {};
  const [vote, report] = await Promise.all([
    db.painPointVote.findFirst({
      where: { userId, OR: [{ site: { not: null } }, { siteKind: { not: null } }, { filesystem: { not: null } }, { installMethod: { not: null } }] },
      orderBy: { createdAt: "desc" },
      select: { site: true, siteKind: true, filesystem: true, installMethod: true, createdAt: true },
    }),
    db.painPoint.findFirst({
      where: { reporterId: userId },
      orderBy: { createdAt: "desc" },
      select: { site: true, siteKind: true, filesystem: true, installMethod: true, scheduler: true, pythonVersion: true, mpi: true, accelerator: true, createdAt: true },
    }),
  ]);
  const newest = [vote, report].filter((record) => record !== null).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!newest) return {};
  const { createdAt: _createdAt, ...context } = newest;
  return Object.fromEntries(Object.entries(context).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
}

import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import { db } from "@/lib/db";
import { countActiveVotingMembers } from "@/lib/membership/activity";
import { directoryStatusWhere, directoryStatuses } from "@/lib/membership/directory";
import { can, readableMemberEntriesWhere, assertCan, type Actor } from "@/lib/permissions";

/**
 * The directory at a glance, counting only what the actor may see: for
 * visitors the public entries, for members the current group (everyone but
 * former members). Members also get the statuses and how many count for
 * quorum; for everyone else those are null.
 */
export async function countMemberDirectory({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "directory.read");
  const seesAll = can(actor, "directory.readAll");
  const where = seesAll ? { status: { not: "LEFT" as const } } : readableMemberEntriesWhere(actor);
  const [byKind, byCountry, total] = await Promise.all([
    db.membership.groupBy({ by: ["affiliationKind"], where, _count: { _all: true } }),
    db.membership.groupBy({ by: ["country"], where, _count: { _all: true } }),
    db.membership.count({ where }),
  ]);
  const bySize = <T extends { count: number; key: string }>(rows: T[]) => rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  let statuses: { status: (typeof directoryStatuses)[number]; count: number }[] | null = null;
  let activeVotingMembers: number | null = null;
  if (seesAll) {
    const { inactiveAfterMonths } = await getCharterSettings();
    statuses = await Promise.all(directoryStatuses.map(async (status) => ({ status, count: await db.membership.count({ where: directoryStatusWhere(status, inactiveAfterMonths, now) }) })));
    activeVotingMembers = await countActiveVotingMembers(now);
  }
  return {
    total,
    // An empty entry (from before the directory) has kind "other" and no country: counted as "" ("not given").
    byKind: bySize(byKind.map((row) => ({ key: row.affiliationKind, count: row._count._all }))),
    byCountry: bySize(byCountry.map((row) => ({ key: row.country, count: row._count._all }))),
    statuses,
    activeVotingMembers,
  };
}

import type { Database, DatabaseTransaction } from "@/lib/db";
import { db } from "@/lib/db";
import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Database | DatabaseTransaction;

/**
 * The charter's inactivity rule: a member whose last vote, statement edit,
 * session attendance or reaffirmation is older than `inactiveAfterMonths`
 * is inactive. It is read from the clock, never stored, so a member lapses
 * on the day without a job having to run.
 */
export function inactiveSince(lastActiveAt: Date, inactiveAfterMonths: number): Date {
  const lapse = new Date(lastActiveAt);
  lapse.setUTCMonth(lapse.getUTCMonth() + inactiveAfterMonths);
  return lapse;
}

/** Decided by the same cutoff as the quorum count, so the directory's "active" badges add up to the quorum figure even at month ends. */
export function isInactive(lastActiveAt: Date, inactiveAfterMonths: number, now: Date): boolean {
  return lastActiveAt <= activeSinceCutoff(inactiveAfterMonths, now);
}

/** The oldest lastActiveAt that still counts as active at `now`. */
export function activeSinceCutoff(inactiveAfterMonths: number, now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - inactiveAfterMonths);
  return cutoff;
}

/** How often one person's activity is written at most: a poll vote every few seconds must not rewrite the row each time. */
const ACTIVITY_RESOLUTION_MS = 60 * 60 * 1000;

/**
 * Notes that a member took part (voted, edited a statement, attended a
 * session), which keeps them active or makes an inactive member active
 * again, as the charter's rule reads. Only an active (not suspended, not
 * left) membership is touched, at most once an hour: one conditional UPDATE
 * by primary key, which costs next to nothing for non-members.
 */
export async function recordMemberActivity(client: Client, userId: string | null, now = new Date()): Promise<void> {
  if (!userId) return;
  const stale = new Date(now.getTime() - ACTIVITY_RESOLUTION_MS);
  await client.membership.updateMany({ where: { userId, status: "ACTIVE", lastActiveAt: { lt: stale } }, data: { lastActiveAt: now } });
}

/**
 * Who counts for quorum at `now`: members (and chairs) whose membership is
 * active and whose activity has not lapsed. Suspended members, people who
 * left and inactive members do not count. The one definition the quorum
 * count and the reminders to vote both read.
 */
export async function activeVotingMembersWhere(now: Date, client: Client = db): Promise<Prisma.MembershipWhereInput> {
  const { inactiveAfterMonths } = await getCharterSettings(client);
  return { status: "ACTIVE", lastActiveAt: { gt: activeSinceCutoff(inactiveAfterMonths, now) }, user: { role: { in: ["MEMBER", "CHAIR", "ADMIN"] } } };
}

/** How many count for quorum at `now` (see activeVotingMembersWhere). Statements read this. */
export async function countActiveVotingMembers(now = new Date(), client: Client = db): Promise<number> {
  return client.membership.count({ where: await activeVotingMembersWhere(now, client) });
}

/** The user ids of those who count for quorum at `now`: the members a vote waits for. */
export async function listActiveVotingMemberIds(now: Date, client: Client = db): Promise<string[]> {
  const rows = await client.membership.findMany({ where: await activeVotingMembersWhere(now, client), select: { userId: true } });
  return rows.map((row) => row.userId);
}

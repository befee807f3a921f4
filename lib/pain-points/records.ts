import type { DatabaseTransaction } from "@/lib/db";
import { createNotifications, type NewNotification } from "@/lib/notifications/create-notifications";

/**
 * Bookkeeping shared by the pain-point use cases, always inside their
 * transaction: derived counts recomputed from the rows they summarise (so
 * they cannot drift, however many people click at once), the search vector,
 * and notifications to a report's followers.
 */

/** Locks the report's row for the rest of the transaction, so recounts happen one at a time. */
export async function lockPainPoint(tx: DatabaseTransaction, painPointId: number) {
  await tx.$queryRaw`SELECT id FROM "PainPoint" WHERE id = ${painPointId} FOR UPDATE`;
}

/** People: the reporter and every other voter. Sites: distinct named sites among them. */
export async function recountAffected(tx: DatabaseTransaction, painPointId: number) {
  await tx.$executeRaw`
    UPDATE "PainPoint" p SET
      "affectedCount" = 1 + (SELECT count(*) FROM "PainPointVote" v WHERE v."painPointId" = p.id AND v."userId" <> p."reporterId"),
      "siteCount" = (
        SELECT count(DISTINCT site) FROM (
          SELECT lower(regexp_replace(trim(p.site), '\\s+', ' ', 'g')) AS site
          UNION ALL
          SELECT lower(regexp_replace(trim(v.site), '\\s+', ' ', 'g')) FROM "PainPointVote" v WHERE v."painPointId" = p.id
        ) sites WHERE site IS NOT NULL AND site <> ''
      )
    WHERE p.id = ${painPointId}`;
}

export async function recountComments(tx: DatabaseTransaction, painPointId: number) {
  await tx.$executeRaw`
    UPDATE "PainPoint" p SET "commentCount" = (SELECT count(*) FROM "PainPointComment" c WHERE c."painPointId" = p.id AND NOT c."isHidden")
    WHERE p.id = ${painPointId}`;
}

export async function touchActivity(tx: DatabaseTransaction, painPointId: number) {
  await tx.$executeRaw`UPDATE "PainPoint" SET "lastActivityAt" = now() WHERE id = ${painPointId}`;
}

/** Title weighs more than description in search ranking. */
export async function updateSearchVector(tx: DatabaseTransaction, painPointId: number) {
  await tx.$executeRaw`
    UPDATE "PainPoint" SET "searchVector" =
      setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', description), 'B')
    WHERE id = ${painPointId}`;
}

/** The reporter and everyone affected, minus whoever made the change. */
export async function notifyFollowers(
  tx: DatabaseTransaction,
  painPointId: number,
  message: { kind: string; title: string; body?: string },
  exceptUserId: string | null,
): Promise<NewNotification[]> {
  const report = await tx.painPoint.findUniqueOrThrow({ where: { id: painPointId }, select: { reporterId: true, votes: { select: { userId: true } } } });
  const followers = new Set([report.reporterId, ...report.votes.map((vote) => vote.userId)]);
  if (exceptUserId) followers.delete(exceptUserId);
  const notifications = [...followers].map((userId) => ({ userId, ...message, link: `/pain-points/${painPointId}` }));
  await createNotifications(tx, notifications);
  return notifications;
}

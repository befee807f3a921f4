import type { DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { rateLimits } from "@/lib/pain-points/schemas";

const HOUR_MS = 60 * 60 * 1000;
const nouns = { reports: "reports", comments: "comments", flags: "flags" } as const satisfies Record<keyof typeof rateLimits, string>;

/**
 * Refuses a person's next report, comment or flag once they made the hourly
 * maximum. Counted from the rows themselves, so it holds across processes;
 * the count and the write that follows it happen under a lock held until the
 * transaction ends, so one person's requests sent at once take turns and the
 * eleventh sees the ten before it.
 */
export async function assertWithinRateLimit(tx: DatabaseTransaction, kind: keyof typeof rateLimits, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`pain-points.${kind}`}), hashtext(${userId}))`;
  const since = new Date(Date.now() - HOUR_MS);
  const count =
    kind === "reports"
      ? await tx.painPoint.count({ where: { reporterId: userId, createdAt: { gte: since } } })
      : kind === "comments"
        ? await tx.painPointComment.count({ where: { authorId: userId, createdAt: { gte: since } } })
        : await tx.flag.count({ where: { raisedById: userId, createdAt: { gte: since } } });
  if (count >= rateLimits[kind]) {
    throw new AppError("RATE_LIMITED", `You have sent ${rateLimits[kind]} ${nouns[kind]} in the last hour, the most we accept. Please try again later.`);
  }
}

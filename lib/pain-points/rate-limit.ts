import type { Database, DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { rateLimits } from "@/lib/pain-points/schemas";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Refuses a person's next report, comment or flag once they made the hourly
 * maximum. Counted from the rows themselves, so it holds across processes.
 */
export async function assertWithinRateLimit(client: Database | DatabaseTransaction, kind: keyof typeof rateLimits, userId: string) {
  const since = new Date(Date.now() - HOUR_MS);
  const count =
    kind === "reports"
      ? await client.painPoint.count({ where: { reporterId: userId, createdAt: { gte: since } } })
      : kind === "comments"
        ? await client.painPointComment.count({ where: { authorId: userId, createdAt: { gte: since } } })
        : await client.flag.count({ where: { raisedById: userId, createdAt: { gte: since } } });
  if (count >= rateLimits[kind]) {
    const noun = { reports: "reports", comments: "comments", flags: "flags" }[kind];
    throw new AppError("RATE_LIMITED", `You have sent ${rateLimits[kind]} ${noun} in the last hour, the most we accept. Please try again later.`);
  }
}

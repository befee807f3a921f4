import type { DatabaseTransaction } from "@/lib/db";
import { createNotifications, type NewNotification } from "@/lib/notifications/create-notifications";

/** Tells everyone watching these PEPs (except whoever made the change) what happened to each. */
export async function notifyPepWatchers(
  tx: DatabaseTransaction,
  changes: { pepNumber: number; kind: string; title: string; body?: string; link: string }[],
  exceptUserId?: string | null,
): Promise<NewNotification[]> {
  if (changes.length === 0) return [];
  const watches = await tx.pepWatch.findMany({
    where: { pepNumber: { in: changes.map((change) => change.pepNumber) }, ...(exceptUserId ? { userId: { not: exceptUserId } } : {}) },
    select: { userId: true, pepNumber: true },
  });
  const notifications = watches.flatMap((watch) =>
    changes
      .filter((change) => change.pepNumber === watch.pepNumber)
      .map(({ kind, title, body, link }) => ({ userId: watch.userId, kind, title, body, link })),
  );
  await createNotifications(tx, notifications);
  return notifications;
}

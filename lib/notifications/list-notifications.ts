import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";

/** A person's notifications, newest first; signed-in people only, and only their own. */
export async function listNotifications({ actor, limit = 50 }: { actor: Actor; limit?: number }) {
  assertCan(actor, "peps.watch");
  return db.notification.findMany({
    where: { userId: actor.userId! },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
  });
}

export async function countUnreadNotifications(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Marks the given notifications (or all) of the actor as read; others' are untouched. */
export async function markNotificationsRead({ actor, ids }: { actor: Actor; ids?: string[] }) {
  assertCan(actor, "peps.watch");
  const result = await db.notification.updateMany({
    where: { userId: actor.userId!, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return result.count;
}

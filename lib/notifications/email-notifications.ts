import { getAppConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { isEmailConfigured, sendEmail } from "@/lib/email/send-email";
import { notificationEmail } from "@/lib/email/templates";
import type { NewNotification } from "@/lib/notifications/create-notifications";

/**
 * Emails notifications when SMTP is configured. Called after the change has
 * been committed and never awaited by the person who made it: a slow or failing
 * mail server must not slow down or undo their change (the in-app notification
 * is already stored).
 */
export function emailNotificationsInBackground(notifications: NewNotification[]) {
  if (notifications.length === 0 || !isEmailConfigured()) return;
  void emailNotifications(notifications).catch((error: unknown) => console.error("[notifications] sending email failed:", error));
}

async function emailNotifications(notifications: NewNotification[]) {
  const people = await db.user.findMany({
    where: { id: { in: [...new Set(notifications.map((notification) => notification.userId))] }, email: { not: null } },
    select: { id: true, email: true },
  });
  const emailOf = new Map(people.map((person) => [person.id, person.email!]));
  const baseUrl = getAppConfig().env.AUTH_URL ?? `http://localhost:${getAppConfig().env.PORT ?? 3000}`;
  for (const notification of notifications) {
    const to = emailOf.get(notification.userId);
    if (!to) continue;
    await sendEmail({ to, ...notificationEmail({ ...notification, url: new URL(notification.link, baseUrl).toString() }) });
  }
}

import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import { db } from "@/lib/db";
import { activeSinceCutoff, inactiveSince } from "@/lib/membership/activity";
import { formatDay } from "@/lib/membership/records";
import { createNotifications, type NewNotification } from "@/lib/notifications/create-notifications";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { repeatTask } from "@/lib/repeat-task";

/** How long before a member would count as inactive they are reminded. */
const REMINDER_LEAD_MS = 30 * 86_400_000;

/**
 * Reminds each active member who will count as inactive within a month
 * (the charter's period since their last activity) that one click keeps
 * them counting. Once per lapse: inactivityRemindedAt is set, and a member
 * who takes part again (a newer lastActiveAt) will be reminded next time.
 * Rows are claimed with SKIP LOCKED, so two instances never send the same
 * reminder twice.
 */
export async function remindLapsingMembers(now = new Date()): Promise<number> {
  const { inactiveAfterMonths } = await getCharterSettings();
  // Active now, but their lastActiveAt is within the reminder lead of the cutoff.
  const lapsesBefore = activeSinceCutoff(inactiveAfterMonths, new Date(now.getTime() + REMINDER_LEAD_MS));
  const cutoff = activeSinceCutoff(inactiveAfterMonths, now);
  const notifications = await db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ userId: string; lastActiveAt: Date }[]>`
      SELECT "userId", "lastActiveAt" FROM "Membership"
      WHERE status = 'ACTIVE' AND "lastActiveAt" > ${cutoff} AND "lastActiveAt" <= ${lapsesBefore}
        AND ("inactivityRemindedAt" IS NULL OR "inactivityRemindedAt" < "lastActiveAt")
      FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return [];
    await tx.membership.updateMany({ where: { userId: { in: due.map((row) => row.userId) } }, data: { inactivityRemindedAt: now } });
    const notifications: NewNotification[] = due.map(({ userId, lastActiveAt }) => ({
      userId,
      kind: "membership.lapsing",
      title: "Are you still with the working group?",
      body: `From ${formatDay(inactiveSince(lastActiveAt, inactiveAfterMonths))} you will count as inactive and no longer towards quorum. Reaffirm your membership in one click to keep counting.`,
      link: "/members/me",
    }));
    await createNotifications(tx, notifications);
    return notifications;
  });
  emailNotificationsInBackground(notifications);
  return notifications.length;
}

/** Checks every hour, and once at start-up; returns a function that stops it (see repeatTask). */
export function scheduleLapsingMemberReminders(): () => Promise<void> {
  return repeatTask(() => remindLapsingMembers(), { intervalMs: 60 * 60_000, runAtOnce: true, failureMessage: "Reminding members before they count as inactive failed:" });
}

import type { DatabaseTransaction } from "@/lib/db";

export interface NewNotification {
  userId: string;
  /** Dotted kind, e.g. "pep.status". */
  kind: string;
  title: string;
  body?: string;
  /** Path in the app it leads to. */
  link: string;
}

/** Adds notifications inside the transaction that made the change they report. */
export async function createNotifications(tx: DatabaseTransaction, notifications: NewNotification[]) {
  if (notifications.length === 0) return;
  await tx.notification.createMany({ data: notifications });
}

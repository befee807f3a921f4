import { Bell } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { formatDateTimeUtc } from "@/lib/ui/format";
import { cn } from "@/lib/ui/cn";
import { MarkAllReadButton } from "./_components/mark-all-read-button";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requireUser();
  const notifications = await listNotifications({ actor: actorFor(user) });
  const unread = notifications.filter((notification) => !notification.readAt).length;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title="Notifications"
        description="Changes to the PEPs you watch. With email set up on this site, they also arrive by email."
        actions={
          unread > 0 ? (
            <MarkAllReadButton />
          ) : null
        }
      />
      {notifications.length === 0 ? (
        <EmptyState icon={Bell} title="Nothing yet" actions={<Link href="/peps" className="text-sm font-medium text-primary hover:underline">Find PEPs to watch</Link>}>
          <p>Watch a PEP to hear when its status or the working group&rsquo;s assessment changes.</p>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface" aria-label="Notifications, newest first">
          {notifications.map((notification) => (
            <li key={notification.id} className={cn("px-5 py-4", !notification.readAt && "bg-primary-soft/50")} data-testid="notification">
              <div className="flex items-start gap-3">
                <span aria-hidden className={cn("mt-2 size-2 shrink-0 rounded-full", notification.readAt ? "bg-transparent" : "bg-primary")} />
                <div className="min-w-0 flex-1 space-y-1">
                  <Link href={notification.link} className="font-medium hover:text-primary">
                    <UserText>{notification.title}</UserText>
                    {!notification.readAt ? <span className="sr-only"> (unread)</span> : null}
                  </Link>
                  {notification.body ? <p className="text-sm text-muted">{notification.body}</p> : null}
                  <time dateTime={notification.createdAt.toISOString()} className="block text-xs text-subtle">
                    {formatDateTimeUtc(notification.createdAt)}
                  </time>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

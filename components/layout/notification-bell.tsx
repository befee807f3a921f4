import { Bell } from "lucide-react";
import Link from "next/link";

export function NotificationBell({ unread }: { unread: number }) {
  const label = unread > 0 ? `Notifications, ${unread} unread` : "Notifications";
  return (
    <Link href="/notifications" aria-label={label} className="relative flex size-10 items-center justify-center rounded-full text-muted hover:bg-surface-muted hover:text-ink">
      <Bell aria-hidden className="size-5" />
      {unread > 0 ? (
        <span aria-hidden className="absolute top-1 right-1 flex min-w-4 items-center justify-center rounded-full bg-danger px-1 text-[0.625rem] leading-4 font-semibold text-white tabular-nums">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}

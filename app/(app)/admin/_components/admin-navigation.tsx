"use client";

import { LayoutDashboard, RefreshCw, ScrollText, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/ui/cn";

const links = [
  { href: "/admin", label: "Overview", icon: LayoutDashboard },
  { href: "/admin/people", label: "People & roles", icon: Users },
  { href: "/admin/peps", label: "PEP index sync", icon: RefreshCw },
  { href: "/admin/audit", label: "Audit log", icon: ScrollText },
];

export function AdminNavigation() {
  const pathname = usePathname();
  return (
    <nav aria-label="Administration" className="min-w-0">
      <p className="mb-3 px-3 text-xs font-semibold tracking-wide text-subtle uppercase">Administration</p>
      <ul className="flex gap-1 overflow-x-auto lg:flex-col">
        {links.map((link) => {
          const isActive = link.href === "/admin" ? pathname === "/admin" : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={isActive ? "page" : undefined}
                className={cn(
                  "flex items-center gap-2.5 rounded-lg px-3 py-2 text-sm font-medium whitespace-nowrap",
                  isActive ? "bg-primary-soft text-primary-soft-ink" : "text-muted hover:bg-surface-muted hover:text-ink",
                )}
              >
                <link.icon aria-hidden className="size-4" />
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

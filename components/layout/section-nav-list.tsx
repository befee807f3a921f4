"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isSectionActive, sections } from "@/components/layout/navigation";
import { cn } from "@/lib/ui/cn";

const styles = {
  bar: { list: "flex items-center gap-1", link: "rounded-md px-2 py-2 text-sm font-medium transition-colors xl:px-3", idle: "text-muted hover:bg-surface-muted hover:text-ink" },
  menu: { list: "space-y-1", link: "block rounded-lg px-3 py-2.5 text-base font-medium", idle: "text-ink hover:bg-surface-muted" },
};

/** The sections, marking the one the visitor is in: a bar on wide screens, a menu on phones. */
export function SectionNavList({ variant }: { variant: keyof typeof styles }) {
  const pathname = usePathname();
  const style = styles[variant];
  return (
    <ul className={style.list}>
      {sections.map((section) => {
        const isActive = isSectionActive(pathname, section.href);
        return (
          <li key={section.href}>
            <Link href={section.href} aria-current={isActive ? "page" : undefined} className={cn(style.link, isActive ? "bg-primary-soft text-primary-soft-ink" : style.idle)}>
              {section.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isSectionActive, sections } from "@/components/layout/navigation";
import { cn } from "@/lib/ui/cn";

export function SectionLinks() {
  const pathname = usePathname();
  return (
    <ul className="flex items-center gap-1">
      {sections.map((section) => {
        const isActive = isSectionActive(pathname, section.href);
        return (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={isActive ? "page" : undefined}
              className={cn(
                "rounded-md px-3 py-2 text-sm font-medium transition-colors",
                isActive ? "bg-primary-soft text-primary-soft-ink" : "text-muted hover:bg-surface-muted hover:text-ink",
              )}
            >
              {section.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

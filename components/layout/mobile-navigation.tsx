"use client";

import { Menu, X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { isSectionActive, sections } from "@/components/layout/navigation";
import { cn } from "@/lib/ui/cn";

/**
 * The sections behind a menu button on narrow screens. A <details> element,
 * so it opens without JavaScript too; it closes itself after navigating.
 */
export function MobileNavigation() {
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);

  return (
    <details ref={details} className="group md:hidden">
      <summary
        className="flex size-10 cursor-pointer list-none items-center justify-center rounded-lg text-muted hover:bg-surface-muted hover:text-ink [&::-webkit-details-marker]:hidden"
        aria-label="Menu"
      >
        <Menu aria-hidden className="size-5 group-open:hidden" />
        <X aria-hidden className="hidden size-5 group-open:block" />
      </summary>
      <nav aria-label="Sections" className="absolute inset-x-0 top-full z-40 border-b border-line bg-surface px-4 pt-2 pb-4 shadow-lg">
        <ul className="space-y-1">
          {sections.map((section) => {
            const isActive = isSectionActive(pathname, section.href);
            return (
              <li key={section.href}>
                <Link
                  href={section.href}
                  aria-current={isActive ? "page" : undefined}
                  className={cn(
                    "block rounded-lg px-3 py-2.5 text-base font-medium",
                    isActive ? "bg-primary-soft text-primary-soft-ink" : "text-ink hover:bg-surface-muted",
                  )}
                >
                  {section.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </details>
  );
}

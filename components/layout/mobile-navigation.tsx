"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { SectionNavList } from "@/components/layout/section-nav-list";

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
        <SectionNavList variant="menu" />
      </nav>
    </details>
  );
}

"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { SectionNavList } from "@/components/layout/section-nav-list";
import { HeaderSearch } from "@/components/search/header-search";

/**
 * The sections and the search box behind a menu button on phones and tablets,
 * where the header has no room for them. A <details> element, so it opens
 * without JavaScript too; it closes itself after navigating.
 */
export function MobileNavigation() {
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);

  return (
    <details ref={details} className="group lg:hidden">
      <summary
        className="flex size-10 cursor-pointer list-none items-center justify-center rounded-lg text-muted hover:bg-surface-muted hover:text-ink [&::-webkit-details-marker]:hidden"
        aria-label="Menu"
      >
        <Menu aria-hidden className="size-5 group-open:hidden" />
        <X aria-hidden className="hidden size-5 group-open:block" />
      </summary>
      <div className="absolute inset-x-0 top-full z-40 space-y-2 border-b border-line bg-surface px-4 pt-3 pb-4 shadow-lg">
        <HeaderSearch variant="menu" />
        <nav aria-label="Sections">
          <SectionNavList variant="menu" />
        </nav>
      </div>
    </details>
  );
}

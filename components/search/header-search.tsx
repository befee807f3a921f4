"use client";

import { Search } from "lucide-react";
import { useEffect, useRef } from "react";
import { cn } from "@/lib/ui/cn";

/** Keys typed here are text, not a shortcut. */
const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || target.closest("input, textarea, select") !== null);

/**
 * The site's search box: a plain GET form to /search, so it works before and
 * without JavaScript. In the header bar "/" focuses it (when it is on screen);
 * the menu on phones has its own full-width copy.
 */
export function HeaderSearch({ variant }: { variant: "bar" | "menu" }) {
  const input = useRef<HTMLInputElement>(null);
  const isBar = variant === "bar";

  useEffect(() => {
    if (!isBar) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      const field = input.current;
      if (!field || field.offsetParent === null) return;
      event.preventDefault();
      field.focus();
      field.select();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [isBar]);

  const id = `site-search-${variant}`;
  return (
    <form action="/search" method="get" role="search" aria-label="Site-wide" className={cn("relative", isBar ? "w-64" : "w-full")}>
      <label htmlFor={id} className="sr-only">
        Search the site
      </label>
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-subtle" />
      <input
        ref={input}
        id={id}
        name="q"
        type="search"
        placeholder={isBar ? "Search" : "Search PEPs, pain points, notes, statements"}
        aria-keyshortcuts={isBar ? "/" : undefined}
        className={cn(
          "peer w-full rounded-lg border border-line-strong bg-surface pr-8 pl-8 text-sm text-ink shadow-xs placeholder:text-subtle",
          "focus:border-focus focus:ring-2 focus:ring-focus/30 focus:outline-none [&::-webkit-search-cancel-button]:hidden",
          isBar ? "h-9" : "h-11",
        )}
      />
      {isBar ? (
        <kbd
          aria-hidden
          className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-line-strong px-1.5 font-mono text-[0.7rem] leading-4 text-subtle peer-focus:hidden peer-[:not(:placeholder-shown)]:hidden"
        >
          /
        </kbd>
      ) : null}
    </form>
  );
}

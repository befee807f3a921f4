"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A disclosure that starts open (so everything is reachable without
 * JavaScript) and folds itself on narrow screens, where the filters would push
 * the results far down.
 */
export function ResponsiveDetails({ summary, children, className }: { summary: ReactNode; children: ReactNode; className?: string }) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current && !window.matchMedia("(min-width: 1024px)").matches) details.current.open = false;
  }, []);
  return (
    <details ref={details} open className={className}>
      {summary}
      {children}
    </details>
  );
}

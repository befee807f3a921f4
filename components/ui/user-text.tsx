import type { ReactNode } from "react";

/**
 * Text that people typed — a title, a name, a question — set in an isolate of
 * its own (`<bdi>`, whose direction follows its own first letter). A
 * bidirectional control in it, such as an unclosed U+202E RIGHT-TO-LEFT
 * OVERRIDE, then ends with it instead of reversing whatever follows on the line.
 */
export function UserText({ children, className }: { children: ReactNode; className?: string }) {
  return <bdi className={className}>{children}</bdi>;
}

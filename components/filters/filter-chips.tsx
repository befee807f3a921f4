import { X } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

export interface FilterChip {
  /** The filter's name, as its facet group's legend ("Status"). */
  legend: string;
  /** The chosen value's label ("Draft"). */
  label: string;
  /** The same list without this value. */
  href: string;
}

/**
 * Above a filtered list: how many items match (and the words searched for),
 * one chip per chosen filter value that removes it, and "Clear all". The
 * heading is `#results-heading`, which labels the results section.
 */
export function FilterChips({ total, q, chips, clearAllHref, children }: { total: string; q?: string; chips: FilterChip[]; clearAllHref: string; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 id="results-heading" className="mr-2 text-base font-semibold" aria-live="polite">
        {total}
        {q ? <span className="font-normal text-muted"> matching “{q}”</span> : null}
      </h2>
      {chips.map((chip) => (
        <Link
          key={chip.href}
          href={chip.href}
          className="inline-flex items-center gap-1 rounded-full border border-line bg-surface px-2.5 py-0.5 text-xs font-medium text-ink hover:border-danger/50"
          aria-label={`Remove filter ${chip.legend}: ${chip.label}`}
        >
          <span className="text-subtle">{chip.legend}:</span> {chip.label}
          <X aria-hidden className="size-3" />
        </Link>
      ))}
      {chips.length > 0 || q ? (
        <Link href={clearAllHref} className="text-xs font-medium text-primary hover:underline">
          Clear all
        </Link>
      ) : null}
      {children}
    </div>
  );
}

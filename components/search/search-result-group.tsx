import { ArrowRight } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonStyles } from "@/components/ui/button";
import { searchKindLabels, type SearchKind } from "@/lib/search/schemas";
import { formatCount } from "@/lib/ui/format";

const nouns: Record<SearchKind, [string, string]> = {
  peps: ["PEP", "PEPs"],
  "pain-points": ["pain point", "pain points"],
  notes: ["session’s notes", "sessions’ notes"],
  statements: ["statement", "statements"],
};

export const describeCount = (kind: SearchKind, count: number) => formatCount(count, ...nouns[kind]);

/** One kind's results under its heading, with a link to all of them when only the first are shown. */
export function SearchResultGroup({ kind, count, showAllHref, children }: { kind: SearchKind; count: number; showAllHref?: string; children: ReactNode }) {
  const headingId = `results-${kind}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3" data-testid={`results-${kind}`}>
      <h2 id={headingId} className="flex items-baseline gap-2 text-base font-semibold">
        {searchKindLabels[kind]} <span className="text-sm font-normal text-muted tabular-nums">{count.toLocaleString("en")}</span>
      </h2>
      <ol className="space-y-3" aria-label={searchKindLabels[kind]}>
        {children}
      </ol>
      {showAllHref ? (
        <Link href={showAllHref} className={buttonStyles({ variant: "secondary", size: "sm" })}>
          Show all {describeCount(kind, count)} <ArrowRight aria-hidden className="size-4" />
        </Link>
      ) : null}
    </section>
  );
}

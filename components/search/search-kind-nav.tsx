import Link from "next/link";
import { searchKindLabels, searchKinds, type SearchKind } from "@/lib/search/schemas";
import { searchHref } from "@/lib/search/search-url";
import { cn } from "@/lib/ui/cn";

/** All results or one kind, each with its count; wraps onto more lines on narrow screens. */
export function SearchKindNav({ q, kind, counts, total }: { q: string; kind: SearchKind | null; counts: Record<SearchKind, number>; total: number }) {
  const options = [{ value: null, label: "All results", count: total }, ...searchKinds.map((value) => ({ value, label: searchKindLabels[value], count: counts[value] }))];
  return (
    <nav aria-label="Kinds of results">
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => {
          const isCurrent = option.value === kind;
          return (
            <li key={option.value ?? "all"}>
              <Link
                href={searchHref({ q, kind: option.value })}
                aria-current={isCurrent ? "page" : undefined}
                className={cn(
                  "inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium",
                  isCurrent ? "border-primary bg-primary text-on-primary" : "border-line-strong bg-surface text-ink hover:bg-surface-muted",
                  !isCurrent && option.count === 0 && "text-subtle",
                )}
              >
                {option.label} <span className={cn("tabular-nums", isCurrent ? "opacity-85" : "text-muted")}>{option.count.toLocaleString("en")}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

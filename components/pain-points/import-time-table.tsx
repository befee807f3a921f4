"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { formatMicroseconds, type ImportTimeRow } from "@/lib/pain-points/importtime";
import { buttonStyles } from "@/components/ui/button";
import { cn } from "@/lib/ui/cn";

type SortKey = "name" | "selfUs" | "cumulativeUs" | "depth";
type Direction = "ascending" | "descending";

/** Rows shown before "Show all": enough to see the culprits without a page-long table. */
const INITIAL_ROWS = 50;

const columns: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: "name", label: "Module", numeric: false },
  { key: "selfUs", label: "Self", numeric: true },
  { key: "cumulativeUs", label: "Cumulative", numeric: true },
  { key: "depth", label: "Depth", numeric: true },
];

/**
 * Every module of an import-time profile, sortable by any column. Sorting
 * needs state, hence a Client Component; the rows arrive already flattened
 * from the Server Component so the whole tree is not sent twice.
 */
export function ImportTimeTable({ rows }: { rows: { name: string; selfUs: number; cumulativeUs: number; depth: number }[] }) {
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({ key: "cumulativeUs", direction: "descending" });
  const [showAll, setShowAll] = useState(false);
  const tableId = useId();

  const sorted = useMemo(() => {
    const sign = sort.direction === "ascending" ? 1 : -1;
    // Sorting indices keeps ties in their original (tree) order in both directions.
    return rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => sign * compare(a.row, b.row, sort.key) || a.index - b.index)
      .map(({ row }) => row);
  }, [rows, sort]);
  const visible = showAll ? sorted : sorted.slice(0, INITIAL_ROWS);

  function sortBy(key: SortKey) {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : // Times are interesting largest first; names and depth read naturally from the top.
          { key, direction: key === "selfUs" || key === "cumulativeUs" ? "descending" : "ascending" },
    );
  }

  const sortedBy = columns.find((column) => column.key === sort.key)!.label.toLowerCase();

  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-line">
        <table id={tableId} className="w-full text-sm">
          <caption className="sr-only">
            Import times of {rows.length} modules, sorted by {sortedBy}, {sort.direction}
            {visible.length < rows.length ? `; the first ${visible.length} are shown` : ""}.
          </caption>
          <thead className="border-b border-line bg-surface-muted text-xs font-semibold text-muted">
            <tr>
              {columns.map((column) => {
                const active = sort.key === column.key;
                const Icon = !active ? ArrowUpDown : sort.direction === "ascending" ? ArrowUp : ArrowDown;
                return (
                  <th key={column.key} scope="col" aria-sort={active ? sort.direction : undefined} className={cn("p-0", column.numeric ? "text-right" : "text-left")}>
                    <button
                      type="button"
                      onClick={() => sortBy(column.key)}
                      className={cn(
                        "inline-flex w-full items-center gap-1 px-2 py-2 whitespace-nowrap hover:text-ink sm:px-3",
                        column.numeric && "justify-end",
                        active && "text-ink",
                      )}
                    >
                      {column.label}
                      <Icon aria-hidden className={cn("size-3.5 shrink-0", !active && "opacity-40")} />
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {visible.map((row, index) => (
              <tr key={`${row.name}-${index}`} className="align-top">
                {/* Dotted module paths are long and unbroken; let them wrap anywhere rather than widen the table. */}
                <td className="min-w-32 px-2 py-1.5 font-mono text-xs wrap-anywhere sm:px-3">{row.name}</td>
                <td className="px-2 py-1.5 sm:px-3 text-right whitespace-nowrap tabular-nums">{formatMicroseconds(row.selfUs)}</td>
                <td className="px-2 py-1.5 sm:px-3 text-right whitespace-nowrap tabular-nums">{formatMicroseconds(row.cumulativeUs)}</td>
                <td className="px-2 py-1.5 sm:px-3 text-right tabular-nums text-muted">{row.depth}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > INITIAL_ROWS ? (
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
          <p aria-live="polite">
            Showing {visible.length} of {rows.length} modules.
          </p>
          <button type="button" aria-controls={tableId} aria-expanded={showAll} onClick={() => setShowAll((value) => !value)} className={buttonStyles({ variant: "secondary", size: "sm" })}>
            {showAll ? `Show the first ${INITIAL_ROWS}` : `Show all ${rows.length}`}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function compare(a: ImportTimeRow, b: ImportTimeRow, key: SortKey): number {
  if (key === "name") return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  return a[key] - b[key];
}

import { ChevronRight } from "lucide-react";
import { useId, type ReactNode } from "react";
import { ImportTimeTable } from "@/components/pain-points/import-time-table";
import { flattenImportTree, formatMicroseconds, type ImportNode, type ImportTimeProfile } from "@/lib/pain-points/importtime";

/** Bars in the chart: the worst offenders, few enough to read on a phone. */
const CHART_BARS = 15;
/** Tree nodes rendered at most; a full numpy + scipy + torch start-up is a few thousand, and each is a DOM element or three. */
const TREE_NODES = 2000;

/**
 * A parsed `python -X importtime` profile: a summary, a bar chart of the
 * slowest imports, a sortable table of all modules and the import tree.
 * Server-rendered; only the table needs JavaScript (to sort), and the tree
 * opens and closes with <details> alone.
 */
export function ImportTimeEvidence({ profile }: { profile: ImportTimeProfile }) {
  const id = useId();
  const rows = flattenImportTree(profile.roots);
  const bars = profile.slowestByCumulative.slice(0, CHART_BARS);
  const slowest = bars[0];
  const tree = renderTree(profile.roots, { left: TREE_NODES });

  return (
    <div className="min-w-0 space-y-6">
      <p className="text-sm text-muted">
        Imports took <strong className="font-semibold text-ink tabular-nums">{formatMicroseconds(profile.totalUs)}</strong> in total across{" "}
        <strong className="font-semibold text-ink tabular-nums">{rows.length}</strong> {rows.length === 1 ? "module" : "modules"}.
        {profile.skippedLines > 0 ? (
          <span className="text-warning">
            {" "}
            {profile.skippedLines} {profile.skippedLines === 1 ? "line" : "lines"} starting with “import time:” could not be read and {profile.skippedLines === 1 ? "was" : "were"} left out.
          </span>
        ) : null}
      </p>

      {slowest ? (
        <section aria-labelledby={`${id}-chart`} className="space-y-3">
          <h3 id={`${id}-chart`} className="text-sm font-semibold">
            Slowest imports
          </h3>
          <figure
            className="space-y-3"
            aria-label={`Bar chart of the ${bars.length} slowest imports by cumulative time. The slowest is ${slowest.name} at ${formatMicroseconds(slowest.cumulativeUs)}, of which ${formatMicroseconds(slowest.selfUs)} in its own code.`}
            aria-describedby={`${id}-chart-alternative`}
          >
            <figcaption className="space-y-1.5 text-xs text-muted">
              <p>
                The {bars.length} slowest {bars.length === 1 ? "module" : "modules"} by cumulative time (the module and everything it imported).
              </p>
              <p id={`${id}-chart-alternative`} className="sr-only">
                The table of all modules below has the same figures as text.
              </p>
              <span className="flex flex-wrap gap-x-4 gap-y-1" aria-hidden>
                <span className="inline-flex items-center gap-1.5">
                  <span className="size-3 rounded-xs bg-primary" /> Self: the module’s own code
                </span>
                <span className="inline-flex items-center gap-1.5">
                  <span className="size-3 rounded-xs bg-primary/30" /> Cumulative: with its imports
                </span>
              </span>
            </figcaption>
            <ol className="space-y-2">
              {bars.map((bar, index) => (
                // Phones: name and time on one line, the bar below. Wider screens: one row, the columns aligned by fixed tracks.
                <li key={index} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_4.5rem]">
                  <span className="min-w-0 truncate font-mono text-xs" title={bar.name}>
                    {bar.name}
                  </span>
                  <span className="text-right text-xs whitespace-nowrap text-muted tabular-nums sm:order-last">{formatMicroseconds(bar.cumulativeUs)}</span>
                  <div aria-hidden className="col-span-2 h-3 overflow-hidden rounded-xs bg-surface-muted sm:col-span-1">
                    <div className="h-full rounded-xs bg-primary/30" style={{ width: percent(bar.cumulativeUs, slowest.cumulativeUs) }}>
                      <div className="h-full rounded-xs bg-primary" style={{ width: percent(bar.selfUs, bar.cumulativeUs) }} />
                    </div>
                  </div>
                </li>
              ))}
            </ol>
          </figure>
        </section>
      ) : null}

      <section aria-labelledby={`${id}-table`} className="space-y-3">
        <h3 id={`${id}-table`} className="text-sm font-semibold">
          All modules
        </h3>
        <ImportTimeTable rows={rows} />
      </section>

      <section aria-labelledby={`${id}-tree`} className="space-y-3">
        <h3 id={`${id}-tree`} className="text-sm font-semibold">
          Import tree
        </h3>
        <p className="text-xs text-muted">Each module sits under the module that imported it first (later imports are free); times are cumulative.</p>
        {rows.length > TREE_NODES ? (
          <p className="text-xs text-warning">
            The tree shows the first {TREE_NODES.toLocaleString("en")} of {rows.length.toLocaleString("en")} modules; the table above lists them all.
          </p>
        ) : null}
        <ul className="min-w-0 text-sm">{tree}</ul>
      </section>
    </div>
  );
}

/**
 * Nested <details>, roots open, stopping after budget.left nodes (counted in
 * reading order, so what is cut is the end of the tree). A plain function
 * rather than a component so the budget is shared across the recursion; the
 * parser caps the depth, so the recursion is shallow.
 */
function renderTree(nodes: ImportNode[], budget: { left: number }, isRoot = true): ReactNode[] {
  const items: ReactNode[] = [];
  for (const [index, node] of nodes.entries()) {
    if (budget.left <= 0) break;
    budget.left -= 1;
    const label = (
      <>
        <span className="min-w-0 font-mono text-xs wrap-anywhere">{node.name}</span>
        <span className="ml-auto shrink-0 text-xs whitespace-nowrap text-muted tabular-nums">{formatMicroseconds(node.cumulativeUs)}</span>
      </>
    );
    if (node.children.length === 0) {
      // No <details> for a leaf: nothing to open. Indented by the chevron and gap (0.875rem + 0.5rem) to line up with names.
      items.push(
        <li key={index} className="flex items-baseline gap-2 py-0.5 pl-5.5">
          {label}
        </li>,
      );
      continue;
    }
    const children = renderTree(node.children, budget, false);
    items.push(
      <li key={index}>
        <details open={isRoot}>
          <summary className="flex cursor-pointer list-none items-baseline gap-2 rounded-sm py-0.5 hover:bg-surface-muted [&::-webkit-details-marker]:hidden">
            {/* Rotates only for its own <details>: a group-open variant would also match open ancestors. */}
            <ChevronRight aria-hidden className="size-3.5 shrink-0 self-center text-subtle transition-transform [[open]>summary>&]:rotate-90" />
            {label}
            <span className="sr-only">{`, imported ${node.children.length} ${node.children.length === 1 ? "module" : "modules"}`}</span>
          </summary>
          <ul className="ml-1.5 border-l border-line pl-3">{children}</ul>
        </details>
      </li>,
    );
  }
  return items;
}

function percent(part: number, whole: number): string {
  if (whole <= 0) return "0%";
  return `${Math.min(100, Math.round((part / whole) * 10_000) / 100)}%`;
}

/** A filter value and, when counted, how many items choosing it would show. */
export interface FacetCount {
  value: string;
  count?: number;
}

/**
 * One filter as checkboxes, with the number of items each would show when
 * counted. Counted values that match nothing are hidden unless chosen; long
 * lists fold after the first few.
 */
export function FacetGroup({
  name,
  legend,
  facets,
  selected,
  labelFor = (value) => value,
  order,
  visible = 8,
}: {
  name: string;
  legend: string;
  facets: FacetCount[];
  selected: string[];
  labelFor?: (value: string) => string;
  order?: string[];
  visible?: number;
}) {
  const shown = facets
    .filter((facet) => facet.count === undefined || facet.count > 0 || selected.includes(facet.value))
    .sort((a, b) => (order ? order.indexOf(a.value) - order.indexOf(b.value) : (b.count ?? 0) - (a.count ?? 0) || a.value.localeCompare(b.value)));
  if (shown.length === 0) return null;
  const option = (facet: FacetCount) => (
    <li key={facet.value}>
      <label className="facet-option">
        <input type="checkbox" name={name} value={facet.value} defaultChecked={selected.includes(facet.value)} />
        <span className="min-w-0 flex-1 truncate">{labelFor(facet.value)}</span>
        {facet.count === undefined ? null : <span className="facet-count">{facet.count}</span>}
      </label>
    </li>
  );
  const head = shown.slice(0, visible);
  const rest = shown.slice(visible);
  const isRestSelected = rest.some((facet) => selected.includes(facet.value));
  return (
    <fieldset className="space-y-1.5">
      <legend className="mb-1 text-xs font-semibold tracking-wide text-subtle uppercase">{legend}</legend>
      <ul className="space-y-0.5">{head.map(option)}</ul>
      {rest.length > 0 ? (
        <details open={isRestSelected} className="group">
          <summary className="cursor-pointer px-1.5 text-xs font-medium text-primary hover:underline">
            <span className="group-open:hidden">{rest.length} more</span>
            <span className="hidden group-open:inline">Fewer</span>
          </summary>
          <ul className="mt-1 space-y-0.5">{rest.map(option)}</ul>
        </details>
      ) : null}
    </fieldset>
  );
}

/** A filter whose choices are a fixed, uncounted list, shown in the list's own order. */
export function ChoiceFacetGroup({ options, ...group }: { name: string; legend: string; options: { value: string; label: string }[]; selected: string[] }) {
  return (
    <FacetGroup
      {...group}
      facets={options.map((option) => ({ value: option.value }))}
      labelFor={(value) => options.find((option) => option.value === value)?.label ?? value}
      order={options.map((option) => option.value)}
    />
  );
}

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FilterForm } from "@/components/ui/filter-form";
import { FiltersDisclosure, SearchField, SortField } from "@/components/ui/list-controls";

/**
 * A filterable list's sidebar: search, sort and its facet groups (the
 * children), in one GET form that also works without JavaScript. Give it a
 * `key` made of the query so that it starts afresh when the query changes.
 */
export function FilterSidebar<SortKey extends string>({
  action,
  hidden = {},
  search,
  sort,
  activeCount,
  children,
}: {
  action: string;
  /** Parts of the query the form keeps as they are (scope, hidden reports…). */
  hidden?: Record<string, string | undefined>;
  search: { id: string; defaultValue: string; placeholder: string };
  sort: { id: string; value: SortKey; keys: readonly SortKey[]; labels: Record<SortKey, string> };
  activeCount: number;
  children: ReactNode;
}) {
  return (
    <FilterForm action={action} className="space-y-5">
      {Object.entries(hidden).map(([name, value]) => (value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />))}
      <SearchField id={search.id} defaultValue={search.defaultValue} placeholder={search.placeholder} />
      <SortField id={sort.id} value={sort.value} keys={sort.keys} labels={sort.labels} />
      <FiltersDisclosure activeCount={activeCount}>
        <div className="mt-4 space-y-5">
          {children}
          <noscript>
            <Button type="submit" className="w-full">
              Apply filters
            </Button>
          </noscript>
        </div>
      </FiltersDisclosure>
    </FilterForm>
  );
}

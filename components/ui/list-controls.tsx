import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { ResponsiveDetails } from "@/components/ui/responsive-details";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * The pieces every filterable list (PEPs, pain points) puts in its
 * FilterForm sidebar, and the skeleton shown while such a list loads.
 */

const sidebarLabel = "block text-xs font-semibold tracking-wide text-subtle uppercase";

export function SearchField({ id, defaultValue, placeholder }: { id: string; defaultValue: string; placeholder: string }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className={sidebarLabel}>
        Search
      </label>
      <div className="flex gap-2">
        <Input id={id} name="q" type="search" defaultValue={defaultValue} placeholder={placeholder} maxLength={200} />
        <Button type="submit" variant="secondary" className="px-3">
          Go
        </Button>
      </div>
    </div>
  );
}

export function SortField<Key extends string>({ id, value, keys, labels }: { id: string; value: Key; keys: readonly Key[]; labels: Record<Key, string> }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className={sidebarLabel}>
        Sort by
      </label>
      <Select id={id} name="sort" defaultValue={value}>
        {keys.map((key) => (
          <option key={key} value={key}>
            {labels[key]}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** The facet groups: always open beside the list on wide screens, behind "Show filters" on phones. */
export function FiltersDisclosure({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  return (
    <ResponsiveDetails
      className="group"
      summary={
        <summary className="cursor-pointer text-sm font-medium text-primary lg:hidden">
          <span className="group-open:hidden">Show filters{activeCount ? ` (${activeCount} on)` : ""}</span>
          <span className="hidden group-open:inline">Hide filters</span>
        </summary>
      }
    >
      {children}
    </ResponsiveDetails>
  );
}

export function ListPageSkeleton({ label }: { label: string }) {
  return (
    <div className="space-y-6" aria-busy="true" aria-label={label}>
      <Skeleton className="h-9 w-72" />
      <Skeleton className="h-5 w-full max-w-2xl" />
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <div className="hidden space-y-3 lg:block">
          {Array.from({ length: 8 }, (_, index) => (
            <Skeleton key={index} className="h-5 w-full" />
          ))}
        </div>
        <div className="space-y-3">
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} className="h-24 w-full rounded-xl" />
          ))}
        </div>
      </div>
    </div>
  );
}

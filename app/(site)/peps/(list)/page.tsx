import { Rss, SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { FilterChips } from "@/components/filters/filter-chips";
import { FilterSidebar } from "@/components/filters/filter-sidebar";
import { IgnoredParamsNotice } from "@/components/filters/ignored-params-notice";
import { ImpactIndicator, StanceBadge, StatusBadge } from "@/components/peps/pep-badges";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listAreas } from "@/lib/areas/get-area";
import { PAGE_SIZE, filterKeys, listPeps, parsePepListQuery, sortKeys, sortLabels, type FilterKey, type PepListQuery } from "@/lib/peps/list-peps";
import { pepListHref } from "@/lib/peps/pep-list-url";
import { impactLabels, impactOrder, impactSlugs, isClosedStatus, stanceLabels, stanceOrder, stanceSlugs, statusOrder, typeLabels, typeSlugs } from "@/lib/peps/vocabulary";
import { formatCount } from "@/lib/ui/format";
import { cn } from "@/lib/ui/cn";
import { FacetGroup } from "@/components/ui/facet-group";

export const metadata: Metadata = {
  title: "PEP tracker",
  description: "Which Python Enhancement Proposals change HPC work, how far along each is, and what the working group thinks of it.",
  alternates: { types: { "application/atom+xml": [{ url: "/peps/feed.xml", title: "PEP status changes and assessments" }] } },
};

const legends: Record<FilterKey, string> = {
  area: "Area",
  status: "Status",
  type: "Type",
  topic: "Topic",
  python: "Python version",
  impact: "Impact on HPC",
  stance: "Group stance",
};

const compareVersions = (a: string, b: string) => {
  const parts = (value: string) => value.split(".").map((part) => (part === "x" ? 0 : Number(part)));
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(x.length, y.length); index++) {
    const difference = (y[index] ?? 0) - (x[index] ?? 0);
    if (difference) return difference;
  }
  return 0;
};

export default async function PepsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const areas = await listAreas();
  const { query, problems } = parsePepListQuery(
    params,
    areas.map((area) => area.slug),
  );
  const requestedPage = Number(Array.isArray(params.page) ? params.page[0] : params.page);
  const result = await listPeps(query);
  const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const page = Number.isInteger(requestedPage) && requestedPage >= 1 ? Math.min(requestedPage, pageCount) : 1;
  const shown = result.peps.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const areaName = new Map(areas.map((area) => [area.slug, area.name]));

  const labelFor: Record<FilterKey, (value: string) => string> = {
    area: (value) => areaName.get(value) ?? value,
    status: (value) => value[0]!.toUpperCase() + value.slice(1),
    type: (value) => typeLabels[Object.entries(typeSlugs).find(([, slug]) => slug === value)![0] as keyof typeof typeLabels],
    topic: (value) => value[0]!.toUpperCase() + value.slice(1),
    python: (value) => `Python ${value}`,
    impact: (value) => impactLabels[impactOrder.find((impact) => impactSlugs[impact] === value)!],
    stance: (value) => stanceLabels[stanceOrder.find((stance) => stanceSlugs[stance] === value)!],
  };
  const facetOrder: Partial<Record<FilterKey, string[]>> = {
    area: areas.map((area) => area.slug),
    status: statusOrder.map((status) => status.toLowerCase()),
    impact: impactOrder.map((impact) => impactSlugs[impact]),
    stance: stanceOrder.map((stance) => stanceSlugs[stance]),
    python: result.facets.python.map((facet) => facet.value).sort(compareVersions),
  };
  const activeFilters = filterKeys.flatMap((key) => query[key].map((value) => ({ key, value })));
  const withoutFilter = (key: FilterKey, value: string): PepListQuery => ({ ...query, [key]: query[key].filter((item) => item !== value) });
  const clearAll: PepListQuery = { ...query, q: undefined, ...Object.fromEntries(filterKeys.map((key) => [key, []])) };
  const otherScope = query.scope === "hpc" ? "all" : "hpc";
  // The list puts closed PEPs last (lib/peps/list-peps.ts); the page says where they start.
  const live = shown.filter((pep) => !isClosedStatus(pep.status));
  const closed = shown.filter((pep) => isClosedStatus(pep.status));
  const pepRow = (pep: (typeof shown)[number]) => (
    <li key={pep.number} className="list-card" data-testid="pep-row">
      <div className="list-card-meta">
        <span className="font-semibold text-ink tabular-nums">PEP {pep.number}</span>
        <StatusBadge status={pep.status} />
        <span>
          {typeLabels[pep.type]}
          {pep.pythonVersions.length ? ` · Python ${pep.pythonVersions.join(", ")}` : ""}
          {pep.topics.length ? ` · ${pep.topics.join(", ")}` : ""}
        </span>
        {pep.isHpcRelevant ? (
          <span className="flex items-center gap-2 sm:ml-auto">
            <ImpactIndicator impact={pep.impact ?? "UNKNOWN"} />
            {pep.stance && pep.stance !== "UNDECIDED" ? <StanceBadge stance={pep.stance} /> : null}
          </span>
        ) : null}
      </div>
      <h3 className="list-card-title">
        <Link href={`/peps/${pep.number}`}>{pep.title}</Link>
      </h3>
      <p className="mt-0.5 truncate text-sm text-muted">{pep.authors}</p>
      {pep.areas.length ? (
        <p className="mt-2 flex flex-wrap gap-1.5">
          {pep.areas.map((area) => (
            <span key={area} className="chip">
              {areaName.get(area) ?? area}
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );

  return (
    <div className="space-y-6">
      <PageHeader
        title="PEP impact tracker"
        description="Which Python Enhancement Proposals change work on HPC systems, how far along each one is, and what the working group thinks of it."
        actions={
          <a href="/peps/feed.xml" className={buttonStyles({ variant: "secondary", size: "sm" })}>
            <Rss aria-hidden className="size-4" /> Atom feed
          </a>
        }
      />

      <nav aria-label="Which PEPs" className="inline-flex rounded-lg border border-line bg-surface p-1 text-sm font-medium shadow-xs">
        {(["hpc", "all"] as const).map((scope) => (
          <Link
            key={scope}
            href={pepListHref(query, { scope })}
            aria-current={query.scope === scope ? "page" : undefined}
            className={cn("rounded-md px-3 py-1.5", query.scope === scope ? "bg-primary text-on-primary shadow-xs" : "text-muted hover:text-ink")}
          >
            {scope === "hpc" ? "HPC-relevant" : "All PEPs"} <span className="tabular-nums opacity-80">({result.scopeCounts[scope]})</span>
          </Link>
        ))}
      </nav>

      <IgnoredParamsNotice problems={problems} />

      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <FilterSidebar
          key={JSON.stringify(query)}
          action="/peps"
          hidden={{ scope: query.scope }}
          search={{ id: "pep-search", defaultValue: query.q ?? "", placeholder: "Number, title or author" }}
          sort={{ id: "pep-sort", value: query.sort, keys: sortKeys, labels: sortLabels }}
          activeCount={activeFilters.length}
        >
          {filterKeys
            .filter((key) => query.scope === "hpc" || !["impact", "stance"].includes(key) || query[key].length > 0)
            .map((key) => (
              <FacetGroup key={key} name={key} legend={legends[key]} facets={result.facets[key]} selected={query[key]} labelFor={labelFor[key]} order={facetOrder[key]} visible={key === "python" ? 6 : 8} />
            ))}
        </FilterSidebar>

        <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
          <FilterChips
            total={formatCount(result.total, "PEP")}
            q={query.q}
            chips={activeFilters.map(({ key, value }) => ({ legend: legends[key], label: labelFor[key](value), href: pepListHref(withoutFilter(key, value)) }))}
            clearAllHref={pepListHref(clearAll)}
          />

          {shown.length === 0 ? (
            <EmptyState
              icon={SearchX}
              title="No PEPs match"
              actions={
                <>
                  {result.scopeCounts[otherScope] > 0 ? (
                    <Link href={pepListHref(query, { scope: otherScope })} className={buttonStyles()}>
                      Show {formatCount(result.scopeCounts[otherScope], "match", "matches")} in {otherScope === "all" ? "all PEPs" : "HPC-relevant PEPs"}
                    </Link>
                  ) : null}
                  <Link href={pepListHref(clearAll)} className={buttonStyles({ variant: "secondary" })}>
                    Clear filters
                  </Link>
                </>
              }
            >
              <p>Try fewer filters or other words. Search finds PEP numbers, words of titles and authors.</p>
            </EmptyState>
          ) : (
            <>
              {live.length ? (
                <ol className="space-y-3" aria-label="PEPs">
                  {live.map(pepRow)}
                </ol>
              ) : null}
              {closed.length ? (
                <>
                  <p className="flex items-center gap-3 pt-2 text-center text-sm text-muted">
                    <span aria-hidden className="h-px flex-1 bg-line" />
                    No longer in play: withdrawn, rejected and superseded PEPs come last
                    <span aria-hidden className="h-px flex-1 bg-line" />
                  </p>
                  <ol className="space-y-3" aria-label="PEPs no longer in play">
                    {closed.map(pepRow)}
                  </ol>
                </>
              ) : null}
            </>
          )}
          <Pagination page={page} pageCount={pageCount} hrefFor={(target) => pepListHref(query, { page: target })} label="Pages of PEPs" />
        </section>
      </div>
    </div>
  );
}

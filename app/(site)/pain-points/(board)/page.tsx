import { BarChart3, Download, Flag, MessageSquare, Plus, SearchX, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { FilterChips } from "@/components/filters/filter-chips";
import { FilterSidebar } from "@/components/filters/filter-sidebar";
import { IgnoredParamsNotice } from "@/components/filters/ignored-params-notice";
import { PainStatusBadge, SeverityBadge } from "@/components/pain-points/pain-point-badges";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ChoiceFacetGroup } from "@/components/ui/facet-group";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { UserText } from "@/components/ui/user-text";
import { listAreas } from "@/lib/areas/get-area";
import { getCurrentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { describeAffected } from "@/lib/pain-points/describe-affected";
import { countOpenFlags } from "@/lib/pain-points/count-open-flags";
import { BOARD_PAGE_SIZE, listPainPoints } from "@/lib/pain-points/list-pain-points";
import { boardFilterKeys, boardSortLabels, boardSorts, defaultBoardSort, parseBoardQuery, type BoardFilterKey, type BoardQuery } from "@/lib/pain-points/schemas";
import { boardHref } from "@/lib/pain-points/board-url";
import { describeContextValue, filesystems, installMethods, schedulers, severityLabels, severityOrder, severitySlugs, statusLabels, statusOrder, statusSlugs } from "@/lib/pain-points/vocabulary";
import { formatDate, formatCount } from "@/lib/ui/format";

export const metadata: Metadata = {
  title: "Pain points",
  description: "What hurts when running Python on HPC systems, reported with the context that makes it actionable.",
};

const legends: Record<BoardFilterKey, string> = {
  area: "Area",
  status: "Status",
  severity: "Severity",
  filesystem: "Shared filesystem",
  scheduler: "Scheduler",
  install: "How Python was installed",
};

/**
 * The order chosen, where "" is the default for the words: best match when searching, most
 * affected otherwise. The form sends "" for it, so new words are ordered by best match.
 */
function sortField(query: BoardQuery) {
  const defaultSort = defaultBoardSort(query.q);
  const others = boardSorts.filter((sort) => sort !== "relevance" && sort !== defaultSort);
  const value = query.sort === defaultSort || query.sort === "relevance" ? "" : query.sort;
  const labels: Record<string, string> = { ...boardSortLabels, "": boardSortLabels[defaultSort] };
  return { id: "pain-sort", value, keys: ["", ...others], labels };
}

export default async function PainPointBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const [areas, actor] = await Promise.all([listAreas(), getCurrentActor()]);
  const { query, problems } = parseBoardQuery(params, areas.map((area) => area.slug));
  const includeHidden = params.hidden === "include";
  const requestedPage = Number(Array.isArray(params.page) ? params.page[0] : params.page);
  const page = Number.isInteger(requestedPage) && requestedPage >= 1 && requestedPage <= 4_000 ? requestedPage : 1;
  const [{ items, total }, openFlags] = await Promise.all([
    listPainPoints({ actor, query, offset: (page - 1) * BOARD_PAGE_SIZE, includeHidden }),
    countOpenFlags({ actor }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE));
  const areaName = new Map(areas.map((area) => [area.slug, area.name]));

  const options: Record<BoardFilterKey, { value: string; label: string }[]> = {
    area: areas.map((area) => ({ value: area.slug, label: area.name })),
    status: statusOrder.map((status) => ({ value: statusSlugs[status], label: statusLabels[status] })),
    severity: severityOrder.map((severity) => ({ value: severitySlugs[severity], label: severityLabels[severity] })),
    filesystem: Object.entries(filesystems).map(([value, label]) => ({ value, label })),
    scheduler: Object.entries(schedulers).map(([value, label]) => ({ value, label })),
    install: Object.entries(installMethods).map(([value, label]) => ({ value, label })),
  };
  const labelOf = (key: BoardFilterKey, value: string) => options[key].find((option) => option.value === value)?.label ?? value;
  const activeFilters = boardFilterKeys.flatMap((key) => query[key].map((value) => ({ key, value })));
  const withoutFilter = (key: BoardFilterKey, value: string): BoardQuery => ({ ...query, [key]: query[key].filter((item) => item !== value) });
  const clearAll: BoardQuery = { ...query, q: undefined, ...Object.fromEntries(boardFilterKeys.map((key) => [key, []])) };

  return (
    <div className="space-y-6">
      <PageHeader
        title="Pain points"
        description="What hurts when running Python on HPC systems — reported with the site context that makes it actionable, ranked by how many sites it reaches."
        actions={
          <>
            <Link href="/pain-points/overview" className={buttonStyles({ variant: "secondary", size: "sm" })}>
              <BarChart3 aria-hidden className="size-4" /> Where it hurts
            </Link>
            {can(actor, "painPoints.export") ? (
              <a href={boardHref(query).replace("/pain-points", "/pain-points/export.csv")} className={buttonStyles({ variant: "secondary", size: "sm" })}>
                <Download aria-hidden className="size-4" /> Export CSV
              </a>
            ) : null}
            {openFlags !== null ? (
              <Link href="/pain-points/flags" className={buttonStyles({ variant: "secondary", size: "sm" })}>
                <Flag aria-hidden className="size-4" /> Flags{openFlags ? ` (${openFlags})` : ""}
              </Link>
            ) : null}
            <Link href={can(actor, "painPoints.report") ? "/pain-points/new" : "/sign-in?callbackUrl=/pain-points/new"} className={buttonStyles({ size: "sm" })}>
              <Plus aria-hidden className="size-4" /> Report a pain point
            </Link>
          </>
        }
      />

      <IgnoredParamsNotice problems={problems} />

      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <FilterSidebar
          key={JSON.stringify(query) + includeHidden}
          action="/pain-points"
          hidden={{ hidden: includeHidden ? "include" : undefined }}
          search={{ id: "pain-search", defaultValue: query.q ?? "", placeholder: "Words, or a module such as numpy.linalg" }}
          sort={sortField(query)}
          activeCount={activeFilters.length}
        >
          {boardFilterKeys.map((key) => (
            <ChoiceFacetGroup key={key} name={key} legend={legends[key]} options={options[key]} selected={query[key]} />
          ))}
        </FilterSidebar>

        <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
          <FilterChips
            total={formatCount(total, "report")}
            q={query.q}
            chips={activeFilters.map(({ key, value }) => ({ legend: legends[key], label: labelOf(key, value), href: boardHref(withoutFilter(key, value)) }))}
            clearAllHref={boardHref(clearAll)}
          >
            {can(actor, "painPoints.readHidden") ? (
              <Link href={boardHref(query, { hidden: !includeHidden })} className="ml-auto text-xs font-medium text-primary hover:underline">
                {includeHidden ? "Leave out hidden reports" : "Include hidden reports"}
              </Link>
            ) : null}
          </FilterChips>

          {items.length === 0 ? (
            <EmptyState
              icon={SearchX}
              title={activeFilters.length || query.q ? "No reports match" : "No pain points reported yet"}
              actions={
                activeFilters.length || query.q ? (
                  <Link href={boardHref(clearAll)} className={buttonStyles({ variant: "secondary" })}>
                    Clear filters
                  </Link>
                ) : (
                  <Link href="/pain-points/new" className={buttonStyles()}>
                    Report the first one
                  </Link>
                )
              }
            >
              <p>{activeFilters.length || query.q ? "Try fewer filters or other words." : "Tell the working group what hurts on your cluster."}</p>
            </EmptyState>
          ) : (
            <ol className="space-y-3" aria-label="Pain points">
              {items.map((item) => (
                <li key={item.id} className="list-card" data-testid="pain-point-row">
                  <div className="list-card-meta">
                    <span className="font-semibold text-ink tabular-nums">#{item.id}</span>
                    <PainStatusBadge status={item.status} />
                    <SeverityBadge severity={item.severity} />
                    {item.isHidden ? <span className="badge badge-danger">Hidden</span> : null}
                    <span>
                      {[describeContextValue("filesystem", item.filesystem), describeContextValue("scheduler", item.scheduler), describeContextValue("installMethod", item.installMethod), item.pythonVersion ? `Python ${item.pythonVersion}` : null]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </div>
                  <h3 className="list-card-title">
                    <Link href={`/pain-points/${item.id}`}>
                      <UserText>{item.title}</UserText>
                    </Link>
                  </h3>
                  <p className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted">
                    <span className="inline-flex items-center gap-1.5 font-medium text-ink">
                      <Users aria-hidden className="size-4 text-subtle" />
                      {describeAffected({ people: item.affectedCount, sites: item.siteCount })}
                    </span>
                    <span className="inline-flex items-center gap-1.5">
                      <MessageSquare aria-hidden className="size-4 text-subtle" /> {formatCount(item.commentCount, "comment")}
                    </span>
                    <span>
                      Reported {formatDate(item.createdAt)}
                      {item.reporterName ? (
                        <>
                          {" "}
                          by <UserText>{item.reporterName}</UserText>
                        </>
                      ) : null}
                    </span>
                  </p>
                  {item.areas.length || item.peps.length ? (
                    <p className="mt-2 flex flex-wrap gap-1.5">
                      {item.areas.map((area) => (
                        <span key={area} className="chip">
                          {areaName.get(area) ?? area}
                        </span>
                      ))}
                      {item.peps.map((pep) => (
                        <span key={pep} className="badge badge-brand">
                          PEP {pep}
                        </span>
                      ))}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          <Pagination page={Math.min(page, pageCount)} pageCount={pageCount} hrefFor={(target) => boardHref(query, { page: target, hidden: includeHidden })} label="Pages of reports" />
        </section>
      </div>
    </div>
  );
}

import { ScrollText, SearchX, UserPlus, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { FilterChips } from "@/components/filters/filter-chips";
import { FilterSidebar } from "@/components/filters/filter-sidebar";
import { IgnoredParamsNotice } from "@/components/filters/ignored-params-notice";
import { affiliationKindLabel, CountBars, countryLabel, DirectoryStatusBadge, MemberEntryDetails } from "@/components/membership/member-directory-parts";
import { buttonStyles } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ChoiceFacetGroup } from "@/components/ui/facet-group";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { UserText } from "@/components/ui/user-text";
import { listAreas } from "@/lib/areas/get-area";
import { getCurrentActor } from "@/lib/auth/current-user";
import { countMemberDirectory } from "@/lib/membership/count-member-directory";
import {
  DIRECTORY_PAGE_SIZE,
  directoryFilterKeys,
  directoryHref,
  directorySortLabels,
  directorySorts,
  directoryStatuses,
  directoryStatusLabels,
  parseDirectoryQuery,
  type DirectoryFilterKey,
  type DirectoryQuery,
} from "@/lib/membership/directory";
import { listMembers } from "@/lib/membership/list-members";
import { affiliationKinds } from "@/lib/membership/schemas";
import { can } from "@/lib/permissions";
import { formatCount, formatDate } from "@/lib/ui/format";

export const metadata: Metadata = {
  title: "Members",
  description: "The people of the Python-on-HPC working group who chose to be listed: their institutions, countries and the areas they care about.",
};

const legends: Record<DirectoryFilterKey, string> = { area: "Area", kind: "Affiliation kind", country: "Country", status: "Status" };

export default async function MembersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const [areas, actor] = await Promise.all([listAreas(), getCurrentActor()]);
  const seesAll = can(actor, "directory.readAll");
  const { query, problems } = parseDirectoryQuery(
    params,
    areas.map((area) => area.slug),
    { withStatus: seesAll },
  );
  const requestedPage = Number(Array.isArray(params.page) ? params.page[0] : params.page);
  const page = Number.isInteger(requestedPage) && requestedPage >= 1 && requestedPage <= 10_000 ? requestedPage : 1;
  const [{ items, total }, counts] = await Promise.all([listMembers({ actor, query, offset: (page - 1) * DIRECTORY_PAGE_SIZE }), countMemberDirectory({ actor })]);
  const pageCount = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  const areaNames = new Map(areas.map((area) => [area.slug, area.name]));

  const options: Record<DirectoryFilterKey, { value: string; label: string }[]> = {
    area: areas.map((area) => ({ value: area.slug, label: area.name })),
    kind: affiliationKinds.map((kind) => ({ value: kind, label: affiliationKindLabel(kind) })),
    // Only countries someone visible is from, by name.
    country: counts.byCountry
      .filter((row) => row.key)
      .map((row) => ({ value: row.key.toLowerCase(), label: countryLabel(row.key) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    status: seesAll ? directoryStatuses.map((status) => ({ value: status, label: directoryStatusLabels[status] })) : [],
  };
  const labelOf = (key: DirectoryFilterKey, value: string) => options[key].find((option) => option.value === value)?.label ?? value;
  const activeFilters = directoryFilterKeys.flatMap((key) => query[key].map((value) => ({ key, value })));
  const withoutFilter = (key: DirectoryFilterKey, value: string): DirectoryQuery => ({ ...query, [key]: query[key].filter((item) => item !== value) });
  const clearAll: DirectoryQuery = { ...query, q: undefined, area: [], kind: [], country: [], status: [] };
  const isFiltered = activeFilters.length > 0 || Boolean(query.q);

  return (
    <div className="space-y-6">
      <PageHeader
        title="Members"
        description={
          seesAll
            ? "Everyone in the working group, with their status. Only members who chose a public listing are shown to visitors."
            : "The people of the working group who chose to be listed publicly: HPC centres, labs, universities, companies and the Python community."
        }
        actions={
          <>
            <Link href="/charter" className={buttonStyles({ variant: "secondary", size: "sm" })}>
              <ScrollText aria-hidden className="size-4" /> Charter
            </Link>
            {can(actor, "membership.readRequests") ? (
              <Link href="/members/requests" className={buttonStyles({ variant: "secondary", size: "sm" })}>
                Membership requests
              </Link>
            ) : null}
            {actor.role === "anonymous" ? (
              <Link href="/sign-in?callbackUrl=/members/join" className={buttonStyles({ size: "sm" })}>
                <UserPlus aria-hidden className="size-4" /> Sign in to ask to join
              </Link>
            ) : can(actor, "membership.request") ? (
              <Link href="/members/join" className={buttonStyles({ size: "sm" })}>
                <UserPlus aria-hidden className="size-4" /> Ask to join
              </Link>
            ) : null}
          </>
        }
      />

      <IgnoredParamsNotice problems={problems} />

      {counts.activeVotingMembers !== null ? (
        <Notice title={`${formatCount(counts.activeVotingMembers, "active member")} ${counts.activeVotingMembers === 1 ? "counts" : "count"} for quorum`}>
          Inactive and suspended members and former members do not count; see the <Link href="/charter">charter</Link> for when a member becomes inactive.
        </Notice>
      ) : null}

      {/* Phones: filters, the list, then the counts; wide screens: filters and counts in the sidebar. */}
      <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-8 lg:grid-cols-[16rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr]">
        <div className="lg:col-start-1 lg:row-start-1">
          <FilterSidebar
            key={JSON.stringify(query)}
            action="/members"
            search={{ id: "member-search", defaultValue: query.q ?? "", placeholder: "Name or affiliation" }}
            sort={{ id: "member-sort", value: query.sort, keys: directorySorts, labels: directorySortLabels }}
            activeCount={activeFilters.length}
          >
            {directoryFilterKeys.map((key) => (
              <ChoiceFacetGroup key={key} name={key} legend={legends[key]} options={options[key]} selected={query[key]} />
            ))}
          </FilterSidebar>
        </div>

        <section aria-labelledby="results-heading" className="min-w-0 space-y-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <FilterChips
            total={formatCount(total, "member")}
            q={query.q}
            chips={activeFilters.map(({ key, value }) => ({ legend: legends[key], label: labelOf(key, value), href: directoryHref(withoutFilter(key, value)) }))}
            clearAllHref={directoryHref(clearAll)}
          />
          {items.length === 0 ? (
            <EmptyState
              icon={isFiltered ? SearchX : Users}
              title={isFiltered ? "No members match" : seesAll ? "The group has no members yet" : "No one is listed publicly yet"}
              actions={
                isFiltered ? (
                  <Link href={directoryHref(clearAll)} className={buttonStyles({ variant: "secondary" })}>
                    Clear filters
                  </Link>
                ) : (
                  <Link href="/charter" className={buttonStyles({ variant: "secondary" })}>
                    Read the charter
                  </Link>
                )
              }
            >
              <p>{isFiltered ? "Try fewer filters or other words." : seesAll ? "Members appear here once the chairs approve their requests." : "Members choose whether they are listed; those who did appear here."}</p>
            </EmptyState>
          ) : (
            <ul className="space-y-3" aria-label="Members">
              {items.map((member) => (
                <li key={member.userId} className="list-card" data-testid="member-row">
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <h3 className="font-semibold">
                      <Link href={`/members/${member.userId}`} className="hover:text-primary hover:underline">
                        <UserText>{member.name}</UserText>
                      </Link>
                    </h3>
                    {member.status ? <DirectoryStatusBadge status={member.status} /> : null}
                    {member.isPublicListingConsented === false ? <span className="text-xs text-subtle">Not listed publicly</span> : null}
                    <span className="ml-auto text-xs text-subtle">Joined {formatDate(member.joinedAt)}</span>
                  </div>
                  {member.headline ? (
                    <p className="mt-0.5 text-sm text-muted">
                      <UserText>{member.headline}</UserText>
                    </p>
                  ) : null}
                  <div className="mt-2">
                    <MemberEntryDetails entry={member} areaNames={areaNames} />
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={Math.min(page, pageCount)} pageCount={pageCount} hrefFor={(target) => directoryHref(query, { page: target })} label="Pages of members" />
        </section>
        {counts.total > 0 ? (
          <Card data-testid="directory-counts" className="lg:col-start-1 lg:row-start-2">
            <CardHeader>
              <CardTitle>{seesAll ? "The group at a glance" : "Listed members at a glance"}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-5">
              <CountBars label="By affiliation kind" rows={counts.byKind.map((row) => ({ ...row, label: affiliationKindLabel(row.key) }))} />
              <CountBars label="By country" rows={counts.byCountry.map((row) => ({ ...row, label: countryLabel(row.key || null) }))} />
              {counts.statuses ? <CountBars label="By status" rows={counts.statuses.map((row) => ({ key: row.status, label: directoryStatusLabels[row.status], count: row.count }))} /> : null}
            </CardBody>
          </Card>
        ) : null}
      </div>
    </div>
  );
}

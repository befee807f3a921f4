import { SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { IgnoredParamsNotice } from "@/components/filters/ignored-params-notice";
import { NoteHitCard, PainPointHitCard, PepHitCard, StatementHitCard } from "@/components/search/search-hit-cards";
import { SearchForm } from "@/components/search/search-form";
import { SearchKindNav } from "@/components/search/search-kind-nav";
import { SearchPrompt } from "@/components/search/search-prompt";
import { SearchResultGroup } from "@/components/search/search-result-group";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getCurrentActor } from "@/lib/auth/current-user";
import { readSearchParams, searchKinds, type SearchKind } from "@/lib/search/schemas";
import { searchSite, type SearchHits } from "@/lib/search/search-site";
import { searchHref } from "@/lib/search/search-url";
import { formatCount } from "@/lib/ui/format";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { q } = readSearchParams(await searchParams);
  const words = q.trim().slice(0, 80);
  return { title: words ? `“${words}” — Search` : "Search", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const { q, kind, page, problems } = readSearchParams(await searchParams);
  const result = await searchSite({ actor: await getCurrentActor(), q, kind, page });

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title="Search" description="PEPs, pain points, the notes of sessions and the working group’s statements, all at once." />
      <SearchForm q={q.trim()} kind={kind ?? null} />

      <IgnoredParamsNotice problems={problems} title="Part of the address was not understood and was ignored" />

      {result.status === "empty" ? <SearchPrompt /> : null}

      {result.status === "invalid" ? (
        <Notice tone="warning" title="That search cannot be run">
          <p>{result.message}</p>
        </Notice>
      ) : null}

      {result.status === "results" ? (
        <>
          <SearchKindNav q={result.q} kind={result.kind} counts={result.counts} total={result.total} />
          <p className="sr-only" aria-live="polite">
            {formatCount(result.kind ? result.counts[result.kind] : result.total, "result")} for “{result.q}”
          </p>
          {result.kind ? <OneKind result={result} kind={result.kind} /> : <AllKinds result={result} />}
        </>
      ) : null}
    </div>
  );
}

const noneOf: Record<SearchKind, string> = { peps: "No PEPs", "pain-points": "No pain points", notes: "No session notes", statements: "No statements" };

type Results = Extract<Awaited<ReturnType<typeof searchSite>>, { status: "results" }>;

function HitCards({ kind, hits }: { kind: SearchKind; hits: SearchHits }) {
  switch (kind) {
    case "peps":
      return hits.peps.map((hit) => <PepHitCard key={hit.number} hit={hit} />);
    case "pain-points":
      return hits["pain-points"].map((hit) => <PainPointHitCard key={hit.id} hit={hit} />);
    case "notes":
      return hits.notes.map((hit) => <NoteHitCard key={hit.slug} hit={hit} />);
    case "statements":
      return hits.statements.map((hit) => <StatementHitCard key={hit.slug} hit={hit} />);
  }
}

function AllKinds({ result }: { result: Results }) {
  if (result.total === 0) {
    return (
      <EmptyState icon={SearchX} title={<span className="[overflow-wrap:anywhere]">Nothing matches “{result.q}”</span>}>
        <p>Try fewer or other words: every word must appear (write “or” between words for either), and a word with a - in front is left out.</p>
      </EmptyState>
    );
  }
  return (
    <div className="space-y-10">
      {searchKinds
        .filter((kind) => result.counts[kind] > 0)
        .map((kind) => (
          <SearchResultGroup key={kind} kind={kind} count={result.counts[kind]} showAllHref={result.counts[kind] > result.hits[kind].length ? searchHref({ q: result.q, kind }) : undefined}>
            <HitCards kind={kind} hits={result.hits} />
          </SearchResultGroup>
        ))}
    </div>
  );
}

function OneKind({ result, kind }: { result: Results; kind: SearchKind }) {
  const count = result.counts[kind];
  if (count === 0) {
    return (
      <EmptyState
        icon={SearchX}
        title={
          <span className="[overflow-wrap:anywhere]">
            {noneOf[kind]} match “{result.q}”
          </span>
        }
        actions={
          <Link href={searchHref({ q: result.q })} className={buttonStyles()}>
            {result.total > 0 ? `Show all ${formatCount(result.total, "result")}` : "Search everything"}
          </Link>
        }
      >
        <p>{result.total > 0 ? `Other kinds of results match; search everything to see them.` : "Nothing else matches either; try fewer or other words."}</p>
      </EmptyState>
    );
  }
  return (
    <div className="space-y-6">
      <SearchResultGroup kind={kind} count={count}>
        <HitCards kind={kind} hits={result.hits} />
      </SearchResultGroup>
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(target) => searchHref({ q: result.q, kind, page: target })} label="Pages of results" />
    </div>
  );
}

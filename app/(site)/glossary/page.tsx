import { BookA, Download, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { CommunityBadge, NoteText } from "@/components/glossary/glossary-parts";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { listAreas } from "@/lib/areas/get-area";
import { getCurrentActor } from "@/lib/auth/current-user";
import { communityKindLabels, communityKinds } from "@/lib/glossary/glossary-content";
import { listGlossaryTerms } from "@/lib/glossary/list-glossary-terms";
import { glossaryLimits, listGlossarySchema } from "@/lib/glossary/schemas";
import { can } from "@/lib/permissions";
import { cn } from "@/lib/ui/cn";
import { GlossaryMarksToggle } from "@/components/glossary/glossary-marks-toggle";

export const metadata: Metadata = {
  title: "Glossary",
  description: "The words HPC people and Python people read differently — module, package, environment, job, thread, ABI and more — each with both readings side by side.",
};

const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
const letterOf = (term: string) => {
  const first = term.normalize("NFKD").charAt(0).toUpperCase();
  return letters.includes(first) ? first : "#";
};

export default async function GlossaryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const parsed = listGlossarySchema.safeParse({ q: params.q, community: params.community || undefined, area: params.area || undefined });
  const input = parsed.success ? parsed.data : {};
  const [actor, areas] = await Promise.all([getCurrentActor(), listAreas()]);
  const terms = await listGlossaryTerms({ actor, input });
  const isFiltered = Boolean(input.q || input.community || input.area);
  const groups = new Map<string, typeof terms>();
  for (const term of terms) groups.set(letterOf(term.term), [...(groups.get(letterOf(term.term)) ?? []), term]);
  const areaNames = new Map(areas.map((area) => [area.slug, area.name]));

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Shared vocabulary"
        title="HPC ↔ Python glossary"
        description="The same word often means different things to a supercomputing centre and to Python's developers. Each entry gives both readings side by side, so a statement, a report or a session's notes say what their author meant."
        actions={
          <>
            <details className="relative">
              <summary className={cn(buttonStyles({ variant: "ghost" }), "cursor-pointer list-none")}>
                <Download aria-hidden className="size-4" /> Export
              </summary>
              <div className="absolute right-0 z-20 mt-2 w-72 space-y-1 rounded-xl border border-line bg-surface p-2 text-sm shadow-lg">
                <a href="/glossary/export.rst" className="block rounded-lg px-3 py-2 hover:bg-surface-muted">
                  <span className="font-medium">Sphinx</span> <span className="text-muted">— reStructuredText glossary</span>
                </a>
                <a href="/glossary/export.md" className="block rounded-lg px-3 py-2 hover:bg-surface-muted">
                  <span className="font-medium">MkDocs / MyST</span> <span className="text-muted">— Markdown definition list</span>
                </a>
                {/* A JSON document, not a page: a full load, not a client navigation. */}
                {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
                <a href="/api/v1/glossary" className="block rounded-lg px-3 py-2 hover:bg-surface-muted">
                  <span className="font-medium">JSON</span> <span className="text-muted">— the API</span>
                </a>
              </div>
            </details>
            {can(actor, "glossary.propose") ? (
              <>
                <Link href="/glossary/proposals" className={buttonStyles({ variant: "secondary" })}>
                  {can(actor, "glossary.curate") ? "Proposals" : "My proposals"}
                </Link>
                <Link href="/glossary/propose" className={buttonStyles()}>
                  <Plus aria-hidden className="size-4" /> {can(actor, "glossary.curate") ? "Add a term" : "Propose a term"}
                </Link>
              </>
            ) : (
              <Link href="/sign-in?callbackUrl=/glossary/propose" className={buttonStyles({ variant: "secondary" })}>
                Sign in to propose a term
              </Link>
            )}
          </>
        }
      />

      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <aside className="space-y-6 lg:sticky lg:top-20 lg:self-start">
          <form action="/glossary" className="space-y-4" role="search" aria-label="Search the glossary">
            <div className="space-y-1.5">
              <label htmlFor="glossary-q" className="text-sm font-medium">
                Search
              </label>
              <Input id="glossary-q" name="q" type="search" defaultValue={input.q ?? ""} maxLength={glossaryLimits.search} placeholder="e.g. wheel, rank, GIL" />
            </div>
            <div className="space-y-1.5">
              <label htmlFor="glossary-community" className="text-sm font-medium">
                Community
              </label>
              <Select id="glossary-community" name="community" defaultValue={input.community ?? ""}>
                <option value="">Any</option>
                {communityKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {communityKindLabels[kind]}
                  </option>
                ))}
              </Select>
            </div>
            <div className="space-y-1.5">
              <label htmlFor="glossary-area" className="text-sm font-medium">
                Area
              </label>
              <Select id="glossary-area" name="area" defaultValue={input.area ?? ""}>
                <option value="">Any</option>
                {areas.map((area) => (
                  <option key={area.slug} value={area.slug}>
                    {area.name}
                  </option>
                ))}
              </Select>
            </div>
            <div className="flex items-center gap-3">
              <button type="submit" className={buttonStyles({ size: "sm" })}>
                Show terms
              </button>
              {isFiltered ? (
                <Link href="/glossary" className="text-sm font-medium text-muted hover:text-ink">
                  Clear
                </Link>
              ) : null}
            </div>
          </form>
          {!parsed.success ? <p className="text-sm text-warning">Some filters were not understood and are ignored.</p> : null}
          <GlossaryMarksToggle />
        </aside>

        <div className="min-w-0 space-y-6">
          <nav aria-label="Terms by letter" className="flex flex-wrap gap-1" data-testid="glossary-letters">
            {letters.map((letter) =>
              groups.has(letter) ? (
                <a key={letter} href={`#letter-${letter}`} className="grid size-8 place-items-center rounded-md text-sm font-semibold text-primary hover:bg-primary-soft">
                  {letter}
                </a>
              ) : (
                <span key={letter} className="grid size-8 place-items-center rounded-md text-sm text-subtle/60" aria-hidden>
                  {letter}
                </span>
              ),
            )}
          </nav>
          <p className="text-sm text-muted" aria-live="polite">
            {terms.length === 1 ? "1 term" : `${terms.length} terms`}
            {isFiltered ? " match" : ""}
          </p>

          {terms.length === 0 ? (
            <EmptyState icon={BookA} title={isFiltered ? "No term matches" : "The glossary is empty"}>
              <p>{isFiltered ? "Try another word, or clear the filters." : "Signed-in people propose terms; the chairs publish them."}</p>
            </EmptyState>
          ) : (
            [...groups.entries()].map(([letter, group]) => (
              <section key={letter} aria-labelledby={`letter-${letter}`} className="space-y-3">
                <h2 id={`letter-${letter}`} className="scroll-mt-24 border-b border-line pb-1 text-lg font-semibold text-muted">
                  {letter}
                </h2>
                <ul className="grid gap-3" aria-label={`Terms under ${letter}`}>
                  {group.map((term) => (
                    <li key={term.slug} className="rounded-xl border border-line bg-surface p-4 shadow-xs" data-testid={`glossary-entry-${term.slug}`}>
                      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                        <h3 className="text-base font-semibold">
                          <Link href={`/glossary/${term.slug}`} className="hover:text-primary hover:underline">
                            {term.term}
                          </Link>
                        </h3>
                        {term.content.aliases.length ? <span className="text-xs text-subtle">also {term.content.aliases.join(", ")}</span> : null}
                        {term.content.areas.length ? <span className="text-xs text-subtle">· {term.content.areas.map((slug) => areaNames.get(slug) ?? slug).join(", ")}</span> : null}
                      </div>
                      <dl className={cn("mt-3 grid gap-3", term.senses.length > 1 && "sm:grid-cols-2")}>
                        {term.senses.map((sense) => (
                          <div key={sense.anchor} className="space-y-1">
                            <dt>
                              <CommunityBadge sense={sense} />
                            </dt>
                            <dd className="text-sm text-muted">
                              <NoteText note={sense.note} />
                            </dd>
                          </div>
                        ))}
                      </dl>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </div>
      </div>
    </div>
  );
}

import { ExternalLink, History, PencilLine, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CommunityBadge, NoteText } from "@/components/glossary/glossary-parts";
import { Markdown } from "@/components/markdown/markdown";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonStyles } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { UserText } from "@/components/ui/user-text";
import { getCurrentActor } from "@/lib/auth/current-user";
import { communityLabel } from "@/lib/glossary/glossary-content";
import { getGlossaryTerm } from "@/lib/glossary/get-glossary-term";
import { anonymousActor, can } from "@/lib/permissions";
import { formatDate } from "@/lib/ui/format";
import { cn } from "@/lib/ui/cn";

const termFor = cache((slug: string) => getGlossaryTerm({ actor: anonymousActor, slug }));

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const term = await termFor((await params).slug);
  if (!term) return { title: "Term not found" };
  return { title: `${term.term} — glossary`, description: term.senses.map((sense) => `${communityLabel(sense)}: ${sense.note}`).join(" ") };
}

/**
 * One term, its readings side by side like a disambiguation page: each
 * sense opens with its one-line note, then the definition, an example and
 * where to read more, with links to the other readings.
 */
export default async function GlossaryTermPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ slug }, query, actor] = await Promise.all([params, searchParams, getCurrentActor()]);
  const term = await termFor(slug);
  if (!term) notFound();
  const canPropose = can(actor, "glossary.propose");
  const isChair = can(actor, "glossary.curate");
  const hasReadings = term.senses.length > 1;

  return (
    <article className="space-y-8" aria-labelledby="term-title">
      <Breadcrumb trail={[{ href: "/glossary", label: "Glossary" }]} current={term.term} />
      {query.published ? <Notice tone="success">Published as version {term.version}.</Notice> : null}

      <header className="flex flex-col gap-4 border-b border-line pb-6 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0 space-y-2">
          <p className="text-sm font-medium text-primary">Glossary</p>
          <h1 id="term-title" className="text-3xl font-semibold tracking-tight">
            {term.term}
          </h1>
          {term.content.aliases.length ? <p className="text-sm text-muted">Also written {term.content.aliases.join(", ")}</p> : null}
          {hasReadings ? (
            <p className="max-w-3xl text-base text-muted">
              {term.senses.length === 2 ? "Two readings" : `${term.senses.length} readings`}: {term.senses.map((sense) => communityLabel(sense)).join(" and ")}. When you write it, say which one you mean.
            </p>
          ) : null}
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          {canPropose ? (
            <>
              <Link href={`/glossary/${term.slug}/change?kind=sense`} className={buttonStyles({ variant: "secondary" })}>
                <Plus aria-hidden className="size-4" /> Add a sense
              </Link>
              <Link href={`/glossary/${term.slug}/change`} className={buttonStyles()}>
                <PencilLine aria-hidden className="size-4" /> {isChair ? "Edit" : "Suggest an edit"}
              </Link>
            </>
          ) : (
            <Link href={`/sign-in?callbackUrl=/glossary/${term.slug}`} className={buttonStyles({ variant: "secondary" })}>
              Sign in to suggest an edit
            </Link>
          )}
        </div>
      </header>

      <div className={cn("grid grid-cols-[minmax(0,1fr)] gap-5", term.senses.length === 2 && "md:grid-cols-2", term.senses.length > 2 && "md:grid-cols-2 xl:grid-cols-3")} data-testid="term-senses">
        {term.senses.map((sense) => (
          <section key={sense.anchor} id={sense.anchor} aria-labelledby={`${sense.anchor}-heading`} className="flex scroll-mt-24 flex-col rounded-xl border border-line bg-surface shadow-xs" data-testid={`sense-${sense.anchor}`}>
            <div className="space-y-2 border-b border-line bg-surface-muted/60 px-5 py-4">
              <h2 id={`${sense.anchor}-heading`}>
                <CommunityBadge sense={sense} />
                <span className="sr-only"> reading</span>
              </h2>
              <p className="text-sm font-medium text-ink">
                <NoteText note={sense.note} />
              </p>
            </div>
            <div className="flex flex-1 flex-col gap-4 px-5 py-4">
              <Markdown source={sense.definition} glossary={false} />
              <blockquote className="border-l-2 border-line-strong pl-3 text-sm text-muted italic">
                <NoteText note={sense.example} />
              </blockquote>
              {sense.links.length ? (
                <ul className="space-y-1 text-sm" aria-label="Read more">
                  {sense.links.map((link) => (
                    <li key={link.url}>
                      <a href={link.url} rel="noopener noreferrer" className="inline-flex items-center gap-1 font-medium text-primary hover:underline">
                        {link.title} <ExternalLink aria-hidden className="size-3.5" />
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              {hasReadings ? (
                <p className="mt-auto pt-2 text-xs text-subtle">
                  Not what you meant?{" "}
                  {term.senses
                    .filter((other) => other.anchor !== sense.anchor)
                    .map((other, index) => (
                      <span key={other.anchor}>
                        {index > 0 ? " · " : ""}
                        <a href={`#${other.anchor}`} className="font-medium text-primary hover:underline">
                          the {communityLabel(other)} reading
                        </a>
                      </span>
                    ))}
                </p>
              ) : null}
            </div>
          </section>
        ))}
      </div>

      <div className="grid gap-6 md:grid-cols-2">
        {term.related.length ? (
          <section aria-labelledby="related-heading" className="space-y-2">
            <h2 id="related-heading" className="text-sm font-semibold">
              Often confused with, or related
            </h2>
            <ul className="flex flex-wrap gap-2">
              {term.related.map((related) => (
                <li key={related.slug}>
                  <Link href={`/glossary/${related.slug}`} className="inline-block rounded-full border border-line bg-surface px-3 py-1 text-sm font-medium hover:border-primary hover:text-primary">
                    {related.term}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {term.areas.length ? (
          <section aria-labelledby="areas-heading" className="space-y-2">
            <h2 id="areas-heading" className="text-sm font-semibold">
              Areas
            </h2>
            <ul className="flex flex-wrap gap-2">
              {term.areas.map((area) => (
                <li key={area.slug}>
                  <Link href={`/areas/${area.slug}`} className="inline-block rounded-full bg-surface-muted px-3 py-1 text-sm hover:text-primary">
                    {area.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>

      <footer className="flex flex-col gap-2 border-t border-line pt-4 text-sm text-muted sm:flex-row sm:items-center sm:justify-between">
        <p>
          Version {term.version}, updated {formatDate(term.updatedAt)}
          {term.contributors.length ? (
            <>
              {" "}
              · written by <UserText>{term.contributors.map((person) => person.name ?? "a former participant").join(", ")}</UserText>
            </>
          ) : (
            " · from the working group's starting glossary"
          )}
          {isChair && term.openProposalCount ? (
            <>
              {" "}
              ·{" "}
              <Link href="/glossary/proposals" className="font-medium text-primary hover:underline">
                {term.openProposalCount === 1 ? "1 open proposal" : `${term.openProposalCount} open proposals`}
              </Link>
            </>
          ) : null}
        </p>
        <Link href={`/glossary/${term.slug}/history`} className="inline-flex items-center gap-1.5 font-medium text-primary hover:underline">
          <History aria-hidden className="size-4" /> History ({term.revisionCount === 1 ? "1 version" : `${term.revisionCount} versions`})
        </Link>
      </footer>
    </article>
  );
}

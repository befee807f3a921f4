import { History, PencilLine, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TermSenses } from "@/components/glossary/term-senses";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonStyles } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { UserText } from "@/components/ui/user-text";
import { getCurrentActor } from "@/lib/auth/current-user";
import { communityLabel } from "@/lib/glossary/glossary-content";
import { getGlossaryTerm } from "@/lib/glossary/get-glossary-term";
import { anonymousActor, can } from "@/lib/permissions";
import { formatDate } from "@/lib/ui/format";

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
              {term.senses.length === 2 ? "Two readings" : `${term.senses.length} readings`}: {new Intl.ListFormat("en", { type: "conjunction" }).format(term.senses.map((sense) => sense.label))}. When you write it, say which one you mean.
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

      <TermSenses senses={term.senses} />

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

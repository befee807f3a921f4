import { FileQuestion, Search } from "lucide-react";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import type { MissingPage } from "@/lib/site/missing-page";

/**
 * Every 404 of the hub: a heading and a sentence naming what was not found,
 * the list it would have been in, and a search box. The tab title says the
 * same (app/not-found.tsx and the pages' metadata, from lib/site/missing-page.ts).
 */
export function NotFoundPage({ missing }: { missing: MissingPage }) {
  const isOverview = missing.list.href === "/";
  return (
    <div className="mx-auto max-w-2xl py-8">
      <EmptyState
        data-testid="not-found"
        icon={FileQuestion}
        headingLevel="h1"
        title={missing.title}
        actions={
          <>
            <Link href={missing.list.href} className={buttonStyles()}>
              {missing.list.label}
            </Link>
            {isOverview ? (
              <Link href="/peps" className={buttonStyles({ variant: "secondary" })}>
                Browse PEPs
              </Link>
            ) : (
              <Link href="/" className={buttonStyles({ variant: "secondary" })}>
                Go to the overview
              </Link>
            )}
          </>
        }
      >
        <p className="break-words">{missing.text}</p>
        <form action="/search" method="get" role="search" aria-label="Search the hub" className="mx-auto mt-6 flex w-full max-w-md gap-2">
          <label htmlFor="not-found-search" className="sr-only">
            Search PEPs, pain points, session notes and statements
          </label>
          <div className="relative min-w-0 flex-1">
            <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-subtle" />
            <Input id="not-found-search" name="q" type="search" placeholder="Search the hub" maxLength={200} className="pl-8" />
          </div>
          <button type="submit" className={buttonStyles({ variant: "secondary" })}>
            Search
          </button>
        </form>
      </EmptyState>
    </div>
  );
}

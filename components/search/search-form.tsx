import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { SearchKind } from "@/lib/search/schemas";

/** The search page's own box: a GET form that keeps the chosen kind of result. */
export function SearchForm({ q, kind }: { q: string; kind: SearchKind | null }) {
  return (
    <form action="/search" method="get" role="search" aria-label="Search the hub" className="flex max-w-2xl gap-2" key={`${kind}:${q}`}>
      {kind ? <input type="hidden" name="kind" value={kind} /> : null}
      <label htmlFor="search-words" className="sr-only">
        Search for
      </label>
      <div className="relative min-w-0 flex-1">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-subtle" />
        <Input id="search-words" name="q" type="search" defaultValue={q} placeholder="free-threading, PEP 703, Lustre import…" autoFocus={q === ""} className="h-11 pl-9 text-base" />
      </div>
      <Button type="submit" className="h-11">
        Search
      </Button>
    </form>
  );
}

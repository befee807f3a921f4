import { Search } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { searchHref } from "@/lib/search/search-url";

const examples = ["free-threading", "PEP 703", "Lustre import"];

/** What to show before anything is searched: what search covers, examples, and the syntax. */
export function SearchPrompt() {
  return (
    <EmptyState
      icon={Search}
      title="Search PEPs, pain points, session notes and statements"
      actions={examples.map((example) => (
        <Link key={example} href={searchHref({ q: example })} className="rounded-full border border-line-strong bg-surface px-3 py-1 text-sm font-medium text-ink hover:bg-surface-muted">
          {example}
        </Link>
      ))}
    >
      <p>Type a few words or a PEP number, or try one of these.</p>
      <p className="mt-2 text-xs text-subtle">
        Put a phrase in “quotes”, write -word to leave a word out, and <em>or</em> between words for either.
      </p>
    </EmptyState>
  );
}

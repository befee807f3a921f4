import { ExternalLink } from "lucide-react";
import { CommunityBadge, NoteText } from "@/components/glossary/glossary-parts";
import { Markdown } from "@/components/markdown/markdown";
import type { LabelledSense } from "@/lib/glossary/glossary-content";
import { cn } from "@/lib/ui/cn";

/**
 * A term's senses side by side, like a disambiguation page: each opens with
 * its one-line note, then the definition, an example and where to read
 * more, with links to the other readings. Definitions are not marked with
 * the glossary's own terms (a popover inside a glossary entry would only
 * repeat the page).
 */
export function TermSenses({ senses }: { senses: LabelledSense[] }) {
  const hasReadings = senses.length > 1;
  return (
    <div className={cn("grid grid-cols-[minmax(0,1fr)] gap-5", senses.length === 2 && "md:grid-cols-2", senses.length > 2 && "md:grid-cols-2 xl:grid-cols-3")} data-testid="term-senses">
      {senses.map((sense) => (
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
                {senses
                  .filter((other) => other.anchor !== sense.anchor)
                  .map((other, index) => (
                    <span key={other.anchor}>
                      {index > 0 ? " · " : ""}
                      <a href={`#${other.anchor}`} className="font-medium text-primary hover:underline">
                        the {other.label} reading
                      </a>
                    </span>
                  ))}
              </p>
            ) : null}
          </div>
        </section>
      ))}
    </div>
  );
}

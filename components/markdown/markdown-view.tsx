import type { Root } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { GlossaryTerm } from "@/components/glossary/glossary-term";
import type { GlossaryIndex } from "@/lib/glossary/glossary-index";
import { compileGlossaryMatcher, glossaryTermTag } from "@/lib/glossary/term-marking";
import { markdownToHast } from "@/lib/markdown/render-markdown";
import { cn } from "@/lib/ui/cn";

/**
 * Rendered, sanitized Markdown, in Server and Client Components alike (pages
 * use `Markdown`, which brings the glossary; client components that render
 * as people type use this, with the index their page passed down). Given a
 * glossary, the first occurrence of each of its terms is marked
 * (components/glossary/glossary-term.tsx); the container is then where focus
 * goes when a reader turns the marks off from one of them. `hast` is the
 * source already rendered, when the caller keeps renders.
 */
export function MarkdownView({ source, className, glossary, hast }: { source: string; className?: string; glossary?: GlossaryIndex; hast?: Root }) {
  const content = toJsxRuntime(hast ?? markdownToHast(source, { glossary }), { Fragment, jsx, jsxs, components: glossary ? glossaryComponents(glossary) : undefined });
  if (!glossary) return <div className={cn("prose-hub", className)}>{content}</div>;
  return (
    <div className={cn("prose-hub outline-none", className)} data-glossary-scope="" tabIndex={-1}>
      {content}
    </div>
  );
}

/**
 * One set of components per index object: a component made anew on every
 * render would be a different component each time, and React would remount
 * every marked term (closing an open popover) whenever a live preview
 * re-renders.
 */
const componentsByIndex = new WeakMap<GlossaryIndex, Partial<Components>>();

function glossaryComponents(glossary: GlossaryIndex): Partial<Components> {
  let components = componentsByIndex.get(glossary);
  if (!components) {
    const matcher = compileGlossaryMatcher(glossary);
    const MarkedGlossaryTerm = ({ "data-slug": slug, children }: { "data-slug"?: string; children?: ReactNode }) => {
      const term = slug === undefined ? undefined : matcher.termBySlug(slug);
      if (!slug || !term) return <>{children}</>;
      return (
        <GlossaryTerm slug={slug} term={term}>
          {children}
        </GlossaryTerm>
      );
    };
    // The marked-term tag is the renderer's own, not an HTML element, so it is not among the tag names the type knows.
    components = { [glossaryTermTag]: MarkedGlossaryTerm } as Partial<Components>;
    componentsByIndex.set(glossary, components);
  }
  return components;
}

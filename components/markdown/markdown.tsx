import type { Root } from "hast";
import { LRUCache } from "lru-cache";
import { cache } from "react";
import { MarkdownView } from "@/components/markdown/markdown-view";
import { getGlossaryIndex } from "@/lib/glossary/get-glossary-index";
import type { GlossaryIndex } from "@/lib/glossary/glossary-index";
import { markedSlugs, unmarkTerms } from "@/lib/glossary/term-marking";
import { markdownToHast } from "@/lib/markdown/render-markdown";

/**
 * Renders kept on the server, by text and glossary version: the same notes,
 * report or statement is rendered for every reader, and parsing, sanitizing
 * and marking cost far more than turning the kept tree into elements. A
 * glossary change makes a new version, so old renders simply stop being
 * asked for and age out. Bounded by the characters of the texts kept.
 */
const renders = new LRUCache<string, Root>({ maxSize: 8_000_000, sizeCalculation: (_tree, key) => Math.max(1, key.length) });

function renderKept(source: string, glossary: GlossaryIndex | undefined): Root {
  const key = `${glossary?.version ?? "-"}\u0000${source}`;
  let tree = renders.get(key);
  if (!tree) {
    tree = markdownToHast(source, { glossary });
    renders.set(key, tree);
  }
  return tree;
}

/** The terms already marked on the page being rendered: one set per request. */
const markedOnThisPage = cache(() => new Set<string>());

/**
 * A term is marked where the page first uses it, in the order the page
 * renders its Markdown (a report, then its comments), not once per block.
 */
function withFirstMarksOnly(tree: Root): Root {
  const page = markedOnThisPage();
  const slugs = markedSlugs(tree);
  const repeated = new Set(slugs.filter((slug) => page.has(slug)));
  for (const slug of slugs) page.add(slug);
  return repeated.size ? unmarkTerms(tree, repeated) : tree;
}

/**
 * Rendered, sanitized Markdown on a page (a Server Component), with the
 * glossary's terms marked unless `glossary={false}` (the glossary's own
 * definitions, which would otherwise mark themselves).
 */
export async function Markdown({ source, className, glossary = true }: { source: string; className?: string; glossary?: boolean }) {
  const index = glossary ? await getGlossaryIndex() : undefined;
  const tree = renderKept(source, index);
  return <MarkdownView source={source} className={className} glossary={index} hast={index ? withFirstMarksOnly(tree) : tree} />;
}

import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import type { VFile } from "vfile";
import type { GlossaryIndex, GlossaryIndexTerm } from "@/lib/glossary/glossary-index";

/**
 * Finding glossary terms in text, and the rehype plugin that marks the first
 * occurrence of each in a rendered Markdown document. Pure and client-safe
 * (the notes' live preview marks as people type), no React.
 *
 * Matching rules:
 * - A form matches as a whole word: a letter, digit, combining mark,
 *   underscore or hyphen right before or after it prevents a match, and so
 *   does a "." or "/" that joins it to a further word ("numpy.array",
 *   "lib/module"). So "module" is not found in "submodule", "modules_x" or
 *   "module-level", and "threading" not in "free-threading" (which matches
 *   as its own term when it is one). A sentence's full stop, a comma, an
 *   apostrophe ("GIL's") or brackets end a word.
 * - Case-insensitive, except a form whose cased letters are all capitals
 *   ("GIL", "ABI", "I/O"), which matches only in capitals. "MPI rank" is mixed
 *   and so case-insensitive. The text is kept as written.
 * - The last word's plural matches too: +s; +es after s, x, z, ch, sh;
 *   consonant + y → ies. All-capital forms take a lowercase s ("ABIs").
 *   Forms ending in anything but a letter ("C++", "PEP 8") have no plural;
 *   irregular plurals are listed as aliases.
 * - The words of a multi-word form match across any run of whitespace,
 *   line breaks included (but not across inline formatting: "*environment*
 *   module" is two text nodes).
 * - Where forms overlap, the leftmost occurrence wins, and of those starting
 *   at the same place the longest ("environment module" over "environment";
 *   "MPI rank" over "rank").
 *
 * The whole index compiles to one RegExp (once per index object), so marking
 * is one pass over each text node whatever the number of terms.
 */

/** The tag of a marked term in the hast tree; the React renderer maps it to its component. */
export const glossaryTermTag = "glossary-term";

/** Elements whose text is never marked: links, code, headings, and a term already marked. */
const unmarkedTags = new Set(["a", "code", "pre", "kbd", "samp", "h1", "h2", "h3", "h4", "h5", "h6", glossaryTermTag]);

export interface GlossaryMatch {
  /** Offsets in the searched text. */
  start: number;
  end: number;
  /** As written in the text. */
  text: string;
  term: GlossaryIndexTerm;
}

export interface GlossaryMatcher {
  /** Every occurrence of any term, left to right, not overlapping. */
  matches(text: string): IterableIterator<GlossaryMatch>;
  /** The index's term with this slug, for the renderer of a marked term. */
  termBySlug(slug: string): GlossaryIndexTerm | undefined;
  /** How many distinct terms the index has (marking stops once all are marked). */
  termCount: number;
}

const compiled = new WeakMap<GlossaryIndex, GlossaryMatcher>();

/** The matcher for an index, compiled on first use and kept for as long as the index object lives. */
export function compileGlossaryMatcher(index: GlossaryIndex): GlossaryMatcher {
  let matcher = compiled.get(index);
  if (!matcher) {
    matcher = buildMatcher(index);
    compiled.set(index, matcher);
  }
  return matcher;
}

/** Has cased letters, all of them capitals: "GIL", "I/O", "C++". Not "MPI rank", not "NumPy". */
function isAllCapitals(form: string): boolean {
  let hasCasedLetter = false;
  for (const character of form) {
    const upper = character.toUpperCase();
    const lower = character.toLowerCase();
    if (upper === lower) continue;
    hasCasedLetter = true;
    if (character !== upper) return false;
  }
  return hasCasedLetter;
}

/** "module" → "modules", "process" → "processes", "library" → "libraries", "ABI" → "ABIs"; null when the form ends in no letter. */
function pluralOf(form: string, isCaseSensitive: boolean): string | null {
  const last = form.at(-1) ?? "";
  if (last.toUpperCase() === last.toLowerCase()) return null;
  if (isCaseSensitive) return `${form}s`;
  const lower = form.toLowerCase();
  if (/(?:s|x|z|ch|sh)$/.test(lower)) return `${form}es`;
  if (/[^aeiou]y$/.test(lower)) return `${form.slice(0, -1)}ies`;
  return `${form}s`;
}

const regexSyntax = /[\\^$.*+?()[\]{}|/]/g;

/** One written form as a pattern: letters as [xX] unless case-sensitive, syntax characters escaped, whitespace as any run of it. */
function patternOf(form: string, isCaseSensitive: boolean): string {
  return form
    .split(/\s+/)
    .map((word) => {
      let pattern = "";
      for (const character of word) {
        const lower = character.toLowerCase();
        const upper = character.toUpperCase();
        // Only one-character case pairs go in a class ("ß" upper-cases to "SS", which a class cannot hold; it stays as written).
        if (!isCaseSensitive && lower !== upper && [...lower].length === 1 && [...upper].length === 1) pattern += `[${lower}${upper}]`;
        else pattern += character.replace(regexSyntax, "\\$&");
      }
      return pattern;
    })
    .join("\\s+");
}

/** The key a matched text is looked up by: whitespace runs as one space, lowercased unless the form was all capitals. */
const sensitiveKey = (text: string) => `=${text.replace(/\s+/g, " ")}`;
const insensitiveKey = (text: string) => `~${text.replace(/\s+/g, " ").toLowerCase()}`;

// Letters, digits, marks, underscore and hyphen join words; so do "." and "/" with a word character beyond them.
const wordCharacter = "[\\p{L}\\p{N}\\p{M}_\\-]";
const before = `(?<!${wordCharacter}|${wordCharacter}[./])`;
const after = `(?!${wordCharacter}|[./]${wordCharacter})`;

function buildMatcher(index: GlossaryIndex): GlossaryMatcher {
  const termsByKey = new Map<string, GlossaryIndexTerm>();
  const termsBySlug = new Map<string, GlossaryIndexTerm>();
  const variants: { normalized: string; pattern: string }[] = [];

  for (const term of index.terms) {
    if (!termsBySlug.has(term.slug)) termsBySlug.set(term.slug, term);
    for (const raw of [term.term, ...term.forms]) {
      const form = raw.trim().replace(/\s+/g, " ");
      if (!form) continue;
      const isCaseSensitive = isAllCapitals(form);
      const plural = pluralOf(form, isCaseSensitive);
      for (const variant of plural ? [form, plural] : [form]) {
        const key = isCaseSensitive ? sensitiveKey(variant) : insensitiveKey(variant);
        // A form two terms share marks the first term that lists it.
        if (termsByKey.has(key)) continue;
        termsByKey.set(key, term);
        variants.push({ normalized: variant, pattern: patternOf(variant, isCaseSensitive) });
      }
    }
  }

  // JavaScript's alternation takes the first alternative that matches at the leftmost position, so the longest go
  // first: of two forms matching at one place the shorter is a prefix of the longer (whitespace aside), so this is
  // leftmost-longest.
  variants.sort((a, b) => b.normalized.length - a.normalized.length);
  const pattern = variants.length === 0 ? null : new RegExp(`${before}(?:${variants.map((variant) => variant.pattern).join("|")})${after}`, "gu");

  function termOf(text: string): GlossaryIndexTerm | undefined {
    return termsByKey.get(sensitiveKey(text)) ?? termsByKey.get(insensitiveKey(text));
  }

  return {
    termCount: termsBySlug.size,
    termBySlug: (slug) => termsBySlug.get(slug),
    *matches(text) {
      if (!pattern) return;
      for (const match of text.matchAll(pattern)) {
        const term = termOf(match[0]);
        if (term) yield { start: match.index, end: match.index + match[0].length, text: match[0], term };
      }
    },
  };
}

/** The marked-term element: the text as written, and the term's slug (as `data-slug` once rendered). */
function markedTerm(text: string, slug: string): Element {
  return { type: "element", tagName: glossaryTermTag, properties: { dataSlug: slug }, children: [{ type: "text", value: text }] };
}

declare module "vfile" {
  interface DataMap {
    /** The glossary whose terms `markGlossaryTerms` marks in this document (the renderer sets it per run). */
    glossary: GlossaryIndex;
  }
}

/**
 * The rehype plugin: the first occurrence in the document of each term
 * becomes a `glossary-term` element; later ones, and any inside links, code
 * or headings, stay text. Run it after sanitizing: it adds an element the
 * sanitizer does not know, and only ever wraps text the sanitizer kept.
 *
 * The index comes from the plugin's option or, for a processor frozen once
 * and run with different glossaries, from the file's `data.glossary`;
 * without either the tree is left as it is.
 */
export function markGlossaryTerms(index?: GlossaryIndex) {
  return (tree: Root, file?: VFile) => {
    const glossary = index ?? file?.data.glossary;
    if (!glossary || glossary.terms.length === 0) return;
    const matcher = compileGlossaryMatcher(glossary);
    const marked = new Set<string>();

    /** Marks within a text node; null when nothing in it is marked. */
    function markText(node: Text): (Text | Element)[] | null {
      let parts: (Text | Element)[] | null = null;
      let last = 0;
      for (const match of matcher.matches(node.value)) {
        if (marked.has(match.term.slug)) continue;
        marked.add(match.term.slug);
        parts ??= [];
        if (match.start > last) parts.push({ type: "text", value: node.value.slice(last, match.start) });
        parts.push(markedTerm(match.text, match.term.slug));
        last = match.end;
        if (marked.size === matcher.termCount) break;
      }
      if (parts && last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
      return parts;
    }

    // In document order, so "first" is the first a reader meets; a skipped element's text is never searched.
    function walk(children: (RootContent | ElementContent)[]) {
      for (let position = 0; position < children.length && marked.size < matcher.termCount; position++) {
        const child = children[position]!;
        if (child.type === "element") {
          if (!unmarkedTags.has(child.tagName)) walk(child.children);
        } else if (child.type === "text") {
          const parts = markText(child);
          if (parts) {
            children.splice(position, 1, ...parts);
            position += parts.length - 1;
          }
        }
      }
    }
    walk(tree.children);
  };
}

const slugsByTree = new WeakMap<Root, string[]>();

/** The slugs of the terms marked in a rendered tree, in document order (kept per tree: the server keeps renders). */
export function markedSlugs(tree: Root): string[] {
  let slugs = slugsByTree.get(tree);
  if (!slugs) {
    const found: string[] = [];
    const walk = (children: (RootContent | ElementContent)[]) => {
      for (const child of children) {
        if (child.type !== "element") continue;
        if (child.tagName === glossaryTermTag) found.push(String(child.properties.dataSlug));
        else walk(child.children);
      }
    };
    walk(tree.children);
    slugs = found;
    slugsByTree.set(tree, slugs);
  }
  return slugs;
}

/**
 * A copy of a rendered tree with the marks of `slugs` made plain text again:
 * for a page of several Markdown blocks (a report and its comments), where
 * a term is marked where the page first uses it, not once per block. The
 * tree given is not changed (it may be a kept render).
 */
export function unmarkTerms(tree: Root, slugs: ReadonlySet<string>): Root {
  const unmark = <Node extends RootContent | ElementContent>(children: Node[]): Node[] =>
    children.flatMap((child) => {
      if (child.type !== "element") return [child];
      if (child.tagName === glossaryTermTag && slugs.has(String(child.properties.dataSlug))) return child.children as Node[];
      return [{ ...child, children: unmark(child.children) }];
    });
  return { ...tree, children: unmark(tree.children) };
}

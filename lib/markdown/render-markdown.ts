import type { Element, Parent, Root, Text } from "hast";
import { toHtml } from "hast-util-to-html";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { GlossaryIndex } from "@/lib/glossary/glossary-index";
import { markGlossaryTerms } from "@/lib/glossary/term-marking";

/**
 * The app's one Markdown renderer. Raw HTML in the source is dropped (never
 * passed through), and the result is sanitized with GitHub's rules: no
 * scripts, no event handlers, no `javascript:` or `data:` links, ids prefixed
 * so they cannot clobber the page's own. Every Markdown render in the app —
 * pages, previews, feeds, emails — goes through here.
 */

const schema = {
  ...defaultSchema,
  // Keep ids readable in fragment links while still namespacing them.
  clobberPrefix: "md-",
};

/** Links to other sites open normally but carry no referrer or ranking credit. */
function markExternalLinks() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const href = node.tagName === "a" ? node.properties.href : undefined;
      if (typeof href === "string" && /^https?:\/\//i.test(href)) {
        node.properties.rel = ["nofollow", "noopener", "noreferrer", "ugc"];
      }
    });
  };
}

/**
 * An image from another site would be fetched by every reader's browser, and
 * tell whoever posted it who read the page and when (a tracking pixel); the
 * hub has no image proxy to fetch it for them. So it becomes a link that
 * names the image and its site, opened only by a reader who chooses to, and
 * the pages' CSP admits images from the hub itself only.
 */
function linkExternalImages() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent: Parent | undefined) => {
      const src = node.tagName === "img" ? node.properties.src : undefined;
      if (!parent || index === undefined || typeof src !== "string" || !/^https?:\/\//i.test(src) || !URL.canParse(src)) return;
      const alt = typeof node.properties.alt === "string" && node.properties.alt.trim() ? node.properties.alt.trim() : "Image";
      const link: Element = {
        type: "element",
        tagName: "a",
        properties: { href: src, rel: ["nofollow", "noopener", "noreferrer", "ugc"], className: ["external-image"] },
        children: [{ type: "text", value: `${alt} (image on ${new URL(src).hostname})` }],
      };
      parent.children.splice(index, 1, link);
    });
  };
}

/**
 * Headings move one level down (# → h2 … ##### → h6): every page that shows
 * Markdown already has its own h1, its title, and a document outline with
 * two would mislead screen readers and search engines.
 */
function demoteHeadings() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(6, Number(level) + 1)}`;
    });
  };
}

const PEP_MENTION = /\bPEP[\s\u00a0-]?(\d{1,4})\b/g;

/** "#pain-123": a pain-point report by its number (not "x#pain-1", not "/#pain-1", not "#pain-12abc"). */
export const PAIN_POINT_MENTION = /(?<![\w#/&-])#pain-(\d{1,9})(?![\w-])/g;

const headingTags = ["h1", "h2", "h3", "h4", "h5", "h6"];

/**
 * A reference in text becomes a link to the hub's page for it — except
 * inside links and code (and the `excluded` tags), where it stays as written.
 */
function linkMentions({ pattern, href, className, excluded = [] }: { pattern: RegExp; href: (number: number) => string; className: string; excluded?: string[] }) {
  const skipped = ["a", "code", "pre", ...excluded];
  return () => (tree: Root) => {
    visit(tree, "text", (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || hasAncestorTag(parent, skipped)) return;
      const parts: (Text | Element)[] = [];
      let last = 0;
      for (const match of node.value.matchAll(pattern)) {
        if (match.index > last) parts.push({ type: "text", value: node.value.slice(last, match.index) });
        parts.push({ type: "element", tagName: "a", properties: { href: href(Number(match[1])), className: [className] }, children: [{ type: "text", value: match[0] }] });
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}

/** "PEP 703" links to the tracker's page for it. */
const linkPepMentions = linkMentions({ pattern: PEP_MENTION, href: (number) => `/peps/${number}`, className: "pep-link" });

/**
 * "#pain-123" links to the report. Headings keep it as written, as they keep
 * their other text: a heading is a title, not a place to follow a reference.
 */
const linkPainPointMentions = linkMentions({ pattern: PAIN_POINT_MENTION, href: (number) => `/pain-points/${number}`, className: "pain-point-link", excluded: headingTags });

const parents = new WeakMap<object, Parent>();
function hasAncestorTag(node: Parent, tags: string[]): boolean {
  for (let current: Parent | undefined = node; current; current = parents.get(current)) {
    if ((current as Element).type === "element" && tags.includes((current as Element).tagName)) return true;
  }
  return false;
}
function recordParents() {
  return (tree: Root) => {
    visit(tree, (node, _index, parent) => {
      if (parent) parents.set(node, parent as Parent);
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, schema)
  .use(linkExternalImages)
  .use(markExternalLinks)
  .use(demoteHeadings)
  .use(recordParents)
  .use(linkPepMentions)
  .use(linkPainPointMentions)
  // Last, so the links made above keep their text unmarked. The glossary comes with each run in the file's data rather
  // than as an option: one processor serves every glossary version (the index is a new object whenever a term
  // changes, and the notes' preview renders on every keystroke), and a render without one marks nothing.
  .use(markGlossaryTerms)
  .freeze();

export interface MarkdownOptions {
  /** Mark the first occurrence of each of its terms (pages only: feeds, emails and plain text never pass one). */
  glossary?: GlossaryIndex;
}

export function markdownToHast(source: string, { glossary }: MarkdownOptions = {}): Root {
  return processor.runSync(processor.parse(source), glossary ? { data: { glossary } } : undefined) as Root;
}

export function markdownToHtml(source: string): string {
  return toHtml(markdownToHast(source));
}

/** Plain text of a Markdown source, for summaries, feeds and search snippets. */
export function markdownToPlainText(source: string): string {
  const parts: string[] = [];
  visit(markdownToHast(source), "text", (node: { value: string }) => {
    parts.push(node.value);
  });
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

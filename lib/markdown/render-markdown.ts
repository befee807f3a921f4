import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

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

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, schema)
  .use(markExternalLinks)
  .freeze();

export function markdownToHast(source: string): Root {
  return processor.runSync(processor.parse(source)) as Root;
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

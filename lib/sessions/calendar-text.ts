import type { ElementContent, Root, RootContent } from "hast";
import { markdownToHast } from "@/lib/markdown/render-markdown";

const blocks = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "blockquote", "table", "hr", "div"]);

/**
 * A Markdown description as plain text for a calendar entry: paragraphs and
 * list items on lines of their own, emphasis dropped, and links to other
 * sites followed by their address (a calendar shows no links).
 */
export function markdownToCalendarText(source: string): string {
  const lines: string[] = [];
  let line = "";
  let preDepth = 0;
  const endLine = () => {
    lines.push(preDepth > 0 ? line : line.replace(/[ \t]+/g, " ").trim());
    line = "";
  };
  const walk = (node: Root | RootContent | ElementContent) => {
    if (node.type === "text") {
      if (preDepth > 0) {
        const [first = "", ...rest] = node.value.replace(/\n$/, "").split("\n");
        line += first;
        for (const next of rest) {
          lines.push(line);
          line = next;
        }
      } else {
        line += node.value.replace(/\s*\n\s*/g, " ");
      }
      return;
    }
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element") {
      if (node.tagName === "br") return endLine();
      if (node.tagName === "li") {
        if (line.trim()) endLine();
        line += "- ";
      }
    }
    const isPre = node.type === "element" && node.tagName === "pre";
    if (isPre) {
      if (line.trim()) endLine();
      line = "";
      preDepth++;
    }
    for (const child of node.children) walk(child);
    if (isPre) preDepth--;
    if (node.type === "element") {
      const href = node.properties.href;
      const text = node.children.map((child) => (child.type === "text" ? child.value : "")).join("");
      if (node.tagName === "a" && typeof href === "string" && /^https?:\/\//.test(href) && text !== href) line += ` (${href})`;
      if (node.tagName === "li" || node.tagName === "tr") endLine();
      if (blocks.has(node.tagName)) {
        if (line.trim()) endLine();
        lines.push("");
      }
    }
  };
  walk(markdownToHast(source));
  if (line.trim()) endLine();
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

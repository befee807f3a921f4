import type { Content, PhrasingContent, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { communityLabel, type GlossaryTermContent } from "@/lib/glossary/glossary-content";

/**
 * The glossary in formats other documentation tools import, so that a
 * centre can put it in its own user docs: a Sphinx `glossary` directive
 * (reStructuredText) and a Markdown definition list (MkDocs' `def_list`,
 * MyST's `deflist`). Pure functions over the terms' content.
 */

export type ExportedTerm = GlossaryTermContent & { slug: string };

const parser = unified().use(remarkParse);

/** The Markdown of a definition in reStructuredText: paragraphs, lists, emphasis, inline code and links (what definitions use). */
export function markdownToRst(markdown: string): string {
  const tree = parser.parse(markdown) as Root;
  const inline = (nodes: PhrasingContent[]): string =>
    nodes
      .map((node) => {
        switch (node.type) {
          case "text":
            return node.value.replace(/([*`|_\\])/g, "\\$1");
          case "inlineCode":
            return `\`\`${node.value}\`\``;
          case "emphasis":
            return `*${inline(node.children)}*`;
          case "strong":
            return `**${inline(node.children)}**`;
          case "link":
            return `\`${inline(node.children).replace(/[<>`]/g, "")} <${node.url}>\`__`;
          case "break":
            return "\n";
          default:
            return "children" in node ? inline(node.children as PhrasingContent[]) : "value" in node ? String(node.value) : "";
        }
      })
      .join("");
  const block = (node: Content): string => {
    if (node.type === "paragraph" || node.type === "heading") return inline(node.children);
    if (node.type === "list") return node.children.map((item, index) => `${node.ordered ? `${index + 1}.` : "-"} ${item.children.map(block).join("\n\n").replace(/\n/g, "\n  ")}`).join("\n");
    if (node.type === "code") return `::\n\n${node.value.replace(/^/gm, "   ")}`;
    if (node.type === "blockquote") return node.children.map(block).join("\n\n").replace(/^/gm, "   ");
    return "children" in node ? (node.children as Content[]).map(block).join("\n\n") : "value" in node ? String(node.value) : "";
  };
  return tree.children.map(block).join("\n\n");
}

const indent = (text: string, spaces: number) => text.replace(/^(?=.)/gm, " ".repeat(spaces));

/** A Sphinx glossary: `.. glossary::` with each term (and its aliases, which Sphinx lists as the same entry) and its senses. */
export function glossaryToRst(terms: ExportedTerm[], { title, source }: { title: string; source: string }): string {
  const lines = [title, "=".repeat(title.length), "", `.. Exported from ${source}. Each sense says whose reading it is.`, "", ".. glossary::", "   :sorted:", ""];
  for (const term of terms) {
    for (const word of [term.term, ...term.aliases]) lines.push(`   ${word}`);
    const senses = term.senses.map((sense) =>
      [`**${communityLabel(sense)}**: ${markdownToRst(sense.note)}`, "", markdownToRst(sense.definition), "", `*Example:* ${markdownToRst(sense.example)}`, ...(sense.links.length ? ["", ...sense.links.map((link) => `- \`${link.title.replace(/[<>`]/g, "")} <${link.url}>\`__`)] : [])].join("\n"),
    );
    lines.push(indent(senses.join("\n\n"), 6), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** A Markdown definition list (MkDocs `def_list`, MyST `deflist`, PHP Markdown Extra): term, then each sense as a definition. */
export function glossaryToMarkdown(terms: ExportedTerm[], { title, source }: { title: string; source: string }): string {
  const lines = [`# ${title}`, "", `<!-- Exported from ${source}. Each sense says whose reading it is. Needs a definition-list extension (MkDocs: def_list; MyST: deflist). -->`, ""];
  for (const term of terms) {
    lines.push(term.aliases.length ? `${term.term} (also: ${term.aliases.join(", ")})` : term.term);
    for (const sense of term.senses) {
      const body = [`**${communityLabel(sense)}**: ${sense.note}`, "", sense.definition, "", `*Example:* ${sense.example}`, ...(sense.links.length ? ["", sense.links.map((link) => `[${link.title.replace(/[[\]]/g, "")}](${link.url})`).join(" · ")] : [])].join("\n");
      lines.push(`:   ${indent(body, 4).trimStart()}`, "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

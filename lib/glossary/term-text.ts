import { communityLabel, type GlossaryTermContent } from "@/lib/glossary/glossary-content";

/**
 * A term's content as plain lines, one fact per line, for a version diff
 * people can read ("Python · packaging — note: …"). Client-safe.
 */
export function termContentAsText(content: GlossaryTermContent, areaName: (slug: string) => string = (slug) => slug): string {
  const lines = [`Term: ${content.term}`];
  if (content.aliases.length) lines.push(`Also written: ${content.aliases.join(", ")}`);
  if (content.areas.length) lines.push(`Areas: ${content.areas.map(areaName).join(", ")}`);
  if (content.related.length) lines.push(`Related: ${content.related.join(", ")}`);
  content.senses.forEach((sense, index) => {
    lines.push("", `Sense ${index + 1} (${communityLabel(sense)})`, `Note: ${sense.note}`, `Definition: ${sense.definition}`, `Example: ${sense.example}`);
    for (const link of sense.links) lines.push(`Link: ${link.title} <${link.url}>`);
  });
  return lines.join("\n");
}

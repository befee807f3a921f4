import { limits } from "@/lib/pain-points/schemas";

/**
 * What the report form is filled with when a chair files a report from a
 * live session: a title from the question's (or passage's) first sentence,
 * and a description quoting it with where it was raised. Pure text, shared by
 * the page and its tests; the chair edits both before sending.
 */

/** How a report filed from a session came to be, as the form's box shows it. */
export interface SessionOriginView {
  kind: "question" | "notes";
  session: { title: string; slug: string; isMembersOnly: boolean };
  /** The question's text, or the selected passage (Markdown). */
  quote: string;
  /** A named asker; null for an anonymous question (whoever looks) and for a passage. */
  askerName: string | null;
  /** The hidden field the form sends back, so the server finds the origin again. */
  field: { name: "fromQuestion"; value: number } | { name: "fromDraft"; value: string };
  prefill: { title: string; description: string };
}

/** A title's shortest accepted length (reportSchema); a first sentence under it is too thin to stand alone. */
const titleMin = 8;

/** Markdown a line may begin with (a heading, a list item, a quote) that a title should not. */
const leadingMarkup = /^\s*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+|>\s*)+/;

/**
 * The first sentence of the text, on one line, without leading Markdown, cut
 * at a word to the title limit (with an ellipsis). When the first sentence is
 * shorter than a title may be ("Hi."), the text goes on to the next ones.
 */
export function titleFrom(text: string): string {
  const flat = text
    .split("\n")
    .map((line) => line.replace(leadingMarkup, "").trim())
    .filter(Boolean)
    .join(" ")
    .replace(/\s+/g, " ");
  const sentences = flat.split(/(?<=[.?!])\s+/);
  let title = "";
  for (const sentence of sentences) {
    title = title ? `${title} ${sentence}` : sentence;
    if (title.length >= titleMin) break;
  }
  return cutAtWord(title, limits.title);
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? room.slice(0, lastSpace) : room).replace(/[\s,;:.-]+$/, "")}…`;
}

/** The text as a Markdown block quote, each line (blank ones too) kept inside it. */
export function asMarkdownQuote(text: string): string {
  return text
    .trim()
    .split("\n")
    .map((line) => (line.trim() ? `> ${line.trimEnd()}` : ">"))
    .join("\n");
}

/** Text safe inside a Markdown link's brackets: brackets and backslashes escaped, line breaks flattened. */
export function asLinkText(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\[\]]/g, (character) => `\\${character}`);
}

/** The description a report filed from a session starts with: the quote, then where it was raised. */
export function descriptionFrom({ quote, session }: { quote: string; session: { title: string; slug: string } }): string {
  return `${asMarkdownQuote(quote)}\n\nRaised in [${asLinkText(session.title)}](/sessions/${session.slug})`;
}

export function prefillFrom(origin: { quote: string; session: { title: string; slug: string } }): SessionOriginView["prefill"] {
  return { title: titleFrom(origin.quote), description: descriptionFrom(origin) };
}

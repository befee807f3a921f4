import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Snippets with the matched words marked, from PostgreSQL's ts_headline.
 *
 * ts_headline returns the stored text (people's own writing) with markers
 * around matches. So that no text can pass for markup, the markers are
 * private-use characters that are removed from the text first, the result is
 * split into plain strings and matches, and React renders those as text inside
 * <mark> — nothing is ever inserted as HTML.
 *
 * ts_headline also drops whatever its parser takes for an HTML tag, so "<" is
 * swapped for a stand-in before and back after: `#include <mpi.h>` stays.
 */

const MARK_START = "\uE000";
const MARK_STOP = "\uE001";
const LESS_THAN = "\uE002";

export interface SnippetPart {
  text: string;
  isMatch: boolean;
}
export type Snippet = SnippetPart[];

const markers = `StartSel="${MARK_START}", StopSel="${MARK_STOP}"`;

/** The whole (short) text with every match marked: titles, authors. */
export const WHOLE_TEXT_OPTIONS = `HighlightAll=true, ${markers}`;
/** Up to two passages of up to thirty words around the matches: descriptions, notes. */
export const PASSAGE_OPTIONS = `MaxWords=30, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … ", ${markers}`;

/** `ts_headline` over a column (SQL) for `query` (a tsquery in scope), with the text made safe to mark. */
export function headlineSql(text: Prisma.Sql, options: string) {
  return Prisma.sql`ts_headline('english', translate(${text}, ${`<${MARK_START}${MARK_STOP}`}, ${LESS_THAN}), query, ${options})`;
}

/** Markdown syntax that reads as noise in a one-line snippet: heading marks, bullets and task boxes, bold and code marks. */
const markdownNoise = [/^[ \t]{0,3}#{1,6}[ \t]+/gm, /^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/gm, /\*\*|__|`/g];

/**
 * Splits ts_headline's output into text and matches (a stray marker cannot
 * unbalance anything). Parts of one hyphenated word ("free-threaded") are one
 * match; `isMarkdown` drops the syntax that would read as noise.
 */
export function parseHeadline(headline: string, { isMarkdown = false }: { isMarkdown?: boolean } = {}): Snippet {
  let source = headline.replaceAll(LESS_THAN, "<");
  if (isMarkdown) for (const pattern of markdownNoise) source = source.replace(pattern, "");
  const parts: Snippet = [];
  let isMatch = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.isMatch === isMatch) last.text += text;
    else parts.push({ text, isMatch });
    text = "";
  };
  for (const character of source) {
    if (character === MARK_START || character === MARK_STOP) {
      flush();
      isMatch = character === MARK_START;
    } else {
      text += character;
    }
  }
  flush();
  return collapseWhitespace(joinHyphenatedMatches(parts));
}

function joinHyphenatedMatches(parts: Snippet): Snippet {
  const joined: Snippet = [];
  for (let index = 0; index < parts.length; index++) {
    const [part, next] = [parts[index]!, parts[index + 1]];
    const previous = joined.at(-1);
    if (!part.isMatch && part.text === "-" && previous?.isMatch && next?.isMatch) {
      previous.text += part.text + next.text;
      index++;
    } else {
      joined.push({ ...part });
    }
  }
  return joined;
}

/** Line breaks and runs of spaces (Markdown has many) read as one space in a snippet. */
function collapseWhitespace(parts: Snippet): Snippet {
  return parts
    .map((part, index) => {
      let text = part.text.replace(/\s+/g, " ");
      if (index === 0) text = text.trimStart();
      if (index === parts.length - 1) text = text.trimEnd();
      return { ...part, text };
    })
    .filter((part) => part.text !== "");
}

export const snippetText = (snippet: Snippet) => snippet.map((part) => part.text).join("");

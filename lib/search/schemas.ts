import { z } from "zod";
import { shown, type RawParams } from "@/lib/http/list-query";
import { controlCharacterMessage, hasControlCharacters } from "@/lib/validation/text";

/** What site search looks through, as the `kind` URL values, in the order results are shown. */
export const searchKinds = ["peps", "pain-points", "notes", "statements"] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchKindLabels: Record<SearchKind, string> = {
  peps: "PEPs",
  "pain-points": "Pain points",
  notes: "Session notes",
  statements: "Statements",
};

export const SEARCH_MAX_LENGTH = 200;
/** Nobody reads past this page; it only bounds OFFSET. */
export const SEARCH_MAX_PAGE = 500;

/**
 * The words searched for. Empty is allowed (the page then shows a prompt);
 * anything else needs a letter or digit, since punctuation alone matches nothing.
 */
export const searchTextSchema = z
  .string()
  .trim()
  .max(SEARCH_MAX_LENGTH, { message: `Searches are limited to ${SEARCH_MAX_LENGTH} characters. Shorten it to the few words that matter.` })
  .refine((text) => !hasControlCharacters(text), { message: controlCharacterMessage, abort: true })
  .refine((text) => text === "" || /[\p{L}\p{N}]/u.test(text), { message: "Search for words or a PEP number — punctuation alone matches nothing." });

export const searchInputSchema = z.object({
  q: searchTextSchema,
  kind: z.enum(searchKinds).optional().meta({ description: "Only this kind of result, a page at a time; all kinds when left out" }),
  page: z.number().int().min(1).max(SEARCH_MAX_PAGE).default(1),
});
/** "703", "PEP 703", "pep-0703", and any "PEP 703" among other words: the PEPs to put first. */
export function pepNumbersIn(q: string): number[] {
  const numbers = new Set<number>();
  const whole = /^(?:pep[\s-]*)?0*(\d{1,5})$/i.exec(q.trim());
  if (whole) numbers.add(Number(whole[1]));
  for (const match of q.matchAll(/\bpep[\s-]*0*(\d{1,5})\b/gi)) numbers.add(Number(match[1]));
  return [...numbers];
}

const firstValue = (params: RawParams, key: string) => (params instanceof URLSearchParams ? params.get(key) : [params[key]].flat()[0]) ?? undefined;

/**
 * Reads `q`, `kind` and `page` from the URL leniently: the words as typed
 * (checked by the use case, which explains what is wrong with them), an unknown
 * kind dropped with a problem to show, a page out of range read as the first.
 */
export function readSearchParams(params: RawParams): { q: string; kind?: SearchKind; page: number; problems: string[] } {
  const problems: string[] = [];
  const rawKind = firstValue(params, "kind");
  const kind = searchInputSchema.shape.kind.safeParse(rawKind || undefined);
  if (!kind.success) problems.push(`kind “${shown(rawKind ?? "")}” is not one of: ${searchKinds.join(", ")}`);
  const page = searchInputSchema.shape.page.safeParse(Number(firstValue(params, "page")));
  let q = firstValue(params, "q") ?? "";
  if (hasControlCharacters(q)) {
    problems.push(`q: ${controlCharacterMessage}`);
    q = "";
  }
  return { q, kind: kind.success ? kind.data : undefined, page: page.success ? page.data : 1, problems };
}

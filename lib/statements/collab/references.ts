import { mentionedPepNumbers } from "@/lib/notes/note-document";

/**
 * "#pain-123" → the pain points a text references, sorted, once each. The
 * reference must stand alone: "#pain-12a", "x#pain-1" and "#pain-" are not
 * one, and neither is a number PostgreSQL's integer cannot hold.
 */
export function mentionedPainPointIds(markdown: string): number[] {
  const ids = new Set<number>();
  for (const match of markdown.matchAll(/(?<![\w#])#pain-(\d{1,9})(?![\w-])/gi)) ids.add(Number(match[1]));
  return [...ids].sort((a, b) => a - b);
}

/** The references a statement's row keeps beside its text, so PEP pages and evidence find it. */
export function textReferences(markdown: string) {
  return { mentionedPeps: mentionedPepNumbers(markdown), mentionedPainPoints: mentionedPainPointIds(markdown) };
}

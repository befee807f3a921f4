import { z } from "zod";

/**
 * Control characters at the trust boundary. PostgreSQL's `text` cannot hold
 * NUL at all (an insert with one fails), and the other C0 and DEL characters
 * are invisible in every place the hub shows text. Tabs and line breaks are
 * ordinary text and stay.
 */
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const anyControlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const controlCharacterMessage = "Remove the invisible control character (such as NUL) from this text.";

export function hasControlCharacters(text: string): boolean {
  return anyControlCharacter.test(text);
}

/** For text the hub did not receive from a form (a CRDT document, a URL parameter it ignores when bad): drop them. */
export function stripControlCharacters(text: string): string {
  return text.replace(controlCharacters, "");
}

/** The one refinement every text a person sends passes: refuse, at the field, rather than store what cannot be shown. */
export const withoutControlCharacters = z.string().refine((text) => !hasControlCharacters(text), { message: controlCharacterMessage });

const isPlainObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;

/**
 * The names of the fields (dotted for nested values) in a sent value whose
 * text holds a control character, for refusing a whole post at the boundary.
 */
export function fieldsWithControlCharacters(sent: unknown, path = ""): string[] {
  if (typeof sent === "string") return hasControlCharacters(sent) ? [path] : [];
  // Repeated fields (a poll's options) are one field; rows of fields (a session's agenda) are named by row, as their forms show errors.
  if (Array.isArray(sent)) return [...new Set(sent.flatMap((item, index) => fieldsWithControlCharacters(item, isPlainObject(item) ? `${path}.${index}` : path)))];
  if (isPlainObject(sent)) {
    return Object.entries(sent).flatMap(([key, value]) => fieldsWithControlCharacters(value, path ? `${path}.${key}` : key));
  }
  return [];
}

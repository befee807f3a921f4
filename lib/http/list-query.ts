import type { z } from "zod";
import { stripControlCharacters } from "@/lib/validation/text";

/**
 * Reading list filters from URL parameters, shared by the pages (which ignore
 * what they do not understand, with a notice) and the API (which refuses it
 * with a 400 naming each problem).
 */

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** All values of a parameter; "a,b" counts as two values. */
export function valuesOf(params: RawParams, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : [params[key]].flat().filter((value): value is string => value !== undefined);
  return raw
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
}

export interface ListQuerySpec {
  /** Parameters with one value: the last one given wins. */
  single: Record<string, z.ZodType>;
  /** Parameters with any number of values, each checked on its own; `known` narrows to values that exist. */
  multi: Record<string, { schema: z.ZodType; known?: string[]; noun?: string }>;
  /** Free text parameters (joined when repeated), with their maximum length. */
  text?: Record<string, number>;
}

/**
 * Keeps every valid value and describes each invalid one, e.g.
 * `status “pondering” is not a known status`.
 */
export function readListParams(params: RawParams, spec: ListQuerySpec): { values: Record<string, unknown>; problems: string[] } {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, maxLength] of Object.entries(spec.text ?? {})) {
    // A list's URL is not a form: invisible characters in its words are dropped, not shown as a problem.
    const text = stripControlCharacters(valuesOf(params, key).join(" "));
    if (text.length > maxLength) problems.push(`${key} is longer than ${maxLength} characters`);
    else if (text) values[key] = text;
  }
  for (const [key, schema] of Object.entries(spec.single)) {
    const value = valuesOf(params, key).at(-1);
    if (value === undefined) continue;
    if (schema.safeParse(value).success) values[key] = value;
    else problems.push(`${key} “${value}” is not one of: ${optionsOf(schema).join(", ")}`);
  }
  for (const [key, { schema, known, noun = key }] of Object.entries(spec.multi)) {
    const accepted: string[] = [];
    for (const value of valuesOf(params, key).map((item) => item.toLowerCase())) {
      if (schema.safeParse(value).success && (!known || known.includes(value))) accepted.push(value);
      else problems.push(`${key} “${value}” is not a known ${noun}`);
    }
    values[key] = [...new Set(accepted)];
  }
  return { values, problems };
}

function optionsOf(schema: z.ZodType): string[] {
  const inner = (schema as unknown as { unwrap?: () => z.ZodType }).unwrap?.() ?? schema;
  return (inner as unknown as { options?: string[] }).options ?? [];
}

import { z } from "zod";
import { isAppError, type ErrorCode } from "@/lib/errors";

/**
 * What every Server Action returns: the data, or an error the form can show
 * next to the fields it concerns. A conflict carries the other person's
 * version (`current`). Unknown errors are logged with a reference and shown as
 * a generic message; their text never reaches the browser.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: ActionError };

export interface ActionError {
  code: ErrorCode | "INTERNAL" | "UNREACHABLE";
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** With CONFLICT: the thing as the other person left it. */
  current?: unknown;
  /** A page the message points to (see AppErrorDetails). */
  link?: { href: string; label: string };
}

export const initialActionState = null;

/** What a browser shows when the action could not be run at all (offline, or the server refused the request). */
export const unreachableResult: ActionResult<never> = {
  ok: false,
  error: { code: "UNREACHABLE", message: "The server could not take this request (the connection failed, or what was sent is far too large). Nothing was saved; what you typed is still here." },
};

/**
 * Errors by field name. A field inside a list of groups (a glossary term's
 * second sense) is also named by its whole path, "senses.1.note", so a form
 * with repeated groups can show the error at the one field it concerns.
 */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  const fieldErrors = { ...(z.flattenError(error).fieldErrors as Record<string, string[]>) };
  for (const issue of error.issues) {
    if (issue.path.length < 2) continue;
    const path = issue.path.map(String).join(".");
    fieldErrors[path] = [...(fieldErrors[path] ?? []), issue.message];
  }
  return fieldErrors;
}

export function invalidInput(error: z.ZodError, message = "Please correct the highlighted fields."): ActionResult<never> {
  return { ok: false, error: { code: "INVALID_INPUT", message, fieldErrors: fieldErrorsFrom(error) } };
}

export function failure(error: unknown): ActionResult<never> {
  if (isAppError(error)) return { ok: false, error: { code: error.code, message: error.message, ...error.details } };
  const reference = crypto.randomUUID().slice(0, 8);
  console.error(`[action ${reference}]`, error);
  return { ok: false, error: { code: "INTERNAL", message: `Something went wrong on our side (reference ${reference}). Nothing was changed; please try again.` } };
}

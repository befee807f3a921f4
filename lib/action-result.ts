import { z } from "zod";
import { isAppError, type ErrorCode } from "@/lib/errors";

/**
 * What every Server Action returns: the data, or an error the form can show
 * next to the fields it concerns. Unknown errors are logged with an id and
 * shown as a generic message; their text never reaches the browser.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: { code: ErrorCode | "INTERNAL"; message: string; fieldErrors?: Record<string, string[]> } };

export const initialActionState = null;

export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}

export function invalidInput(error: z.ZodError, message = "Please correct the highlighted fields."): ActionResult<never> {
  return { ok: false, error: { code: "INVALID_INPUT", message, fieldErrors: fieldErrorsFrom(error) } };
}

export function failure(error: unknown): ActionResult<never> {
  if (isAppError(error)) return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
  const reference = crypto.randomUUID().slice(0, 8);
  console.error(`[action ${reference}]`, error);
  return { ok: false, error: { code: "INTERNAL", message: `Something went wrong on our side (reference ${reference}). Nothing was changed; please try again.` } };
}

/** Runs a use case and wraps what it returns, or the error it raises, as an ActionResult. */
export async function resultOf<T>(work: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work(), message };
  } catch (error) {
    return failure(error);
  }
}

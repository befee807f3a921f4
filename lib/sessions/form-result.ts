import type { ActionResult } from "@/lib/action-result";

/** The form's problems as an ActionResult, each at its field (agenda rows as "agenda.<row>.<field>"). */
export function invalidSessionForm(fieldErrors: Record<string, string[]>): ActionResult<never> {
  return { ok: false, error: { code: "INVALID_INPUT", message: "Please correct the highlighted fields.", fieldErrors } };
}

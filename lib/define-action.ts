import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { failure, fieldErrorsFrom, invalidInput, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import { readForm } from "@/lib/http/read-form";
import { mayAttempt, refuseUnless, type Action, type Actor } from "@/lib/permissions";
import { controlCharacterMessage, fieldsWithControlCharacters } from "@/lib/validation/text";

/**
 * One Server Action: the only way the app defines them, so every action does
 * the same things in the same order —
 *
 *   1. who is calling (the signed-in person, or a visitor);
 *   2. whether their role may attempt `permission` at all — before anything
 *      they sent is read, so a forged request learns nothing from
 *      validation; the use case then decides the rest (ownership, the
 *      session's own rules);
 *   3. what was sent, parsed by `input` (form posts are read into an object
 *      first, by `read` or field by field); a field whose text holds a
 *      control character (NUL, which PostgreSQL's text cannot store) is
 *      refused at that field, whatever the schema says (lib/validation/text.ts);
 *   4. the use case, whose result or refusal becomes an ActionResult (a
 *      CONFLICT keeps the other person's version as `current`);
 *   5. on success: pages revalidated, then a redirect or a message.
 *
 * The returned function takes either one value (live tools call it with an
 * object) or `useActionState`'s `(previous, formData)` (forms).
 */
export interface ActionDefinition<Schema extends z.ZodType, Result> {
  permission: Action;
  input: Schema;
  /** A form post as the object `input` parses; by default each field by its name, repeated fields as arrays. */
  read?: (formData: FormData) => unknown;
  /** Shown when the input is wrong in a way no field is named for (a forged or outdated form). */
  invalidMessage?: string | ((error: z.ZodError) => string | undefined);
  run: (call: { actor: Actor; input: z.output<Schema> }) => Promise<Result>;
  /** Paths whose pages change; `{ path, type: "layout" }` for everything under a layout (the header's counts, say). */
  revalidate?: (input: z.output<Schema>, result: Result) => (string | { path: string; type: "layout" | "page" })[];
  /** Where a successful form post continues (the page of what it made); a redirect ends the action. Undefined stays on the page. */
  redirectTo?: (input: z.output<Schema>, result: Result) => string | undefined;
  message?: string | ((input: z.output<Schema>, result: Result) => string | undefined);
}

export type ServerAction<Result> = {
  (input: unknown): Promise<ActionResult<Result>>;
  (previous: ActionResult<Result> | null, formData: FormData): Promise<ActionResult<Result>>;
};

export function defineAction<Schema extends z.ZodType, Result>(definition: ActionDefinition<Schema, Result>): ServerAction<Result> {
  const { permission, input: schema, read = readForm, invalidMessage, run, revalidate, redirectTo, message } = definition;
  const action = async (...args: unknown[]): Promise<ActionResult<Result>> => {
    const sent = args.length === 2 && args[1] instanceof FormData ? read(args[1]) : args[0] instanceof FormData ? read(args[0]) : args[0];
    let actor: Actor;
    let outcome: { input: z.output<Schema>; result: Result };
    try {
      actor = await getCurrentActor();
      refuseUnless(actor, mayAttempt(actor, permission));
      const parsed = schema.safeParse(sent);
      const controlFields = fieldsWithControlCharacters(sent);
      if (controlFields.length > 0) return refuseControlCharacters(controlFields, parsed.success ? undefined : parsed.error);
      if (!parsed.success) return invalidInput(parsed.error, (typeof invalidMessage === "function" ? invalidMessage(parsed.error) : invalidMessage) ?? undefined);
      outcome = { input: parsed.data, result: await run({ actor, input: parsed.data }) };
    } catch (error) {
      return failure(error);
    }
    for (const target of revalidate?.(outcome.input, outcome.result) ?? []) {
      if (typeof target === "string") revalidatePath(target);
      else revalidatePath(target.path, target.type);
    }
    const next = redirectTo?.(outcome.input, outcome.result);
    if (next) redirect(next);
    return { ok: true, data: outcome.result, message: typeof message === "function" ? message(outcome.input, outcome.result) : message };
  };
  return action as ServerAction<Result>;
}

/** Each field holding a control character gets the one message; the schema's problems with the other fields are shown beside it. */
function refuseControlCharacters(fields: string[], schemaError: z.ZodError | undefined): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = schemaError ? fieldErrorsFrom(schemaError) : {};
  for (const field of fields) fieldErrors[field || "form"] = [controlCharacterMessage];
  return { ok: false, error: { code: "INVALID_INPUT", message: controlCharacterMessage, fieldErrors } };
}

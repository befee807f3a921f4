import { z } from "zod";
import { sessionIdSchema } from "@/lib/sessions/schemas";
import { formVersion, recordId } from "@/lib/validation/form-fields";

/** Limits on what is typed into an action item. */
export const actionItemLimits = { textMin: 3, text: 300, ownerName: 80 } as const;

const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

/** A real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const actionItemInputSchema = z.object({
  text: z
    .string({ message: "Write what is to be done." })
    .transform(oneLine)
    .pipe(
      z
        .string()
        .min(actionItemLimits.textMin, { message: `Write what is to be done in at least ${actionItemLimits.textMin} characters.` })
        .max(actionItemLimits.text, { message: `Keep the action item under ${actionItemLimits.text} characters.` }),
    ),
  ownerName: z
    .string()
    .transform(oneLine)
    .pipe(z.string().max(actionItemLimits.ownerName, { message: `Keep the owner's name under ${actionItemLimits.ownerName} characters.` }))
    .transform((value) => value || null)
    .nullish()
    .transform((value) => value ?? null),
  dueOn: z
    .string()
    .trim()
    .transform((value, context) => {
      if (!value) return null;
      if (!isCalendarDate(value)) context.addIssue({ code: "custom", message: "Give the due date as a date, e.g. 2026-03-31." });
      else if (value < "2000-01-01" || value > "2099-12-31") context.addIssue({ code: "custom", message: "Check the year of the due date." });
      return value;
    })
    .nullish()
    .transform((value) => value ?? null),
});
export type ActionItemInput = z.infer<typeof actionItemInputSchema>;

export const actionItemIdSchema = recordId("action item");

/** The version the editor started from, so an edit does not overwrite someone else's change unseen. */
export const expectedVersionSchema = formVersion.optional();

/** What the session page's action-item forms send to their Server Actions. */
export const addActionItemSchema = actionItemInputSchema.extend({ sessionId: sessionIdSchema });
export const updateActionItemSchema = actionItemInputSchema.extend({ itemId: actionItemIdSchema, expectedVersion: expectedVersionSchema });
export const actionItemRefSchema = z.object({ itemId: actionItemIdSchema });
export const setActionItemDoneSchema = z.object({ itemId: actionItemIdSchema, isDone: z.boolean({ message: "Say whether it is done." }) });

import { z } from "zod";
import type { Impact, Stance } from "@/lib/generated/prisma/enums";
import { affectedGroupSlugs, impactOrder, stanceOrder } from "@/lib/peps/vocabulary";
import { formList, formVersion } from "@/lib/validation/form-fields";

export const MAX_SUMMARY_LENGTH = 20_000;

/** "703" and "0703" name PEP 703; anything else names no PEP. */
export function parsePepNumber(value: string) {
  return /^\d{1,5}$/.test(value) ? Number(value) : null;
}

const pepNumberSchema = z.coerce.number({ message: "Unknown PEP." }).int({ message: "Unknown PEP." }).min(0, { message: "Unknown PEP." }).max(99_999, { message: "Unknown PEP." });

export const assessmentInputSchema = z.object({
  pepNumber: pepNumberSchema,
  /** The version the editor started from; saving over a newer one is refused. */
  expectedVersion: formVersion,
  areas: formList(z.string().regex(/^[a-z0-9-]{1,40}$/, { message: "Unknown area." })).pipe(z.array(z.string()).max(12)),
  impact: z.enum(impactOrder as [Impact, ...Impact[]], { message: "Choose how strongly this PEP affects HPC users." }),
  affected: formList(z.enum(affectedGroupSlugs as [string, ...string[]], { message: "Unknown group." })).pipe(z.array(z.string()).max(affectedGroupSlugs.length)),
  stance: z.enum(stanceOrder as [Stance, ...Stance[]], { message: "Choose the group's stance." }),
  summary: z
    .string()
    .trim()
    .max(MAX_SUMMARY_LENGTH, { message: `Keep the summary under ${MAX_SUMMARY_LENGTH.toLocaleString("en")} characters.` })
    .default(""),
});
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

/** A PEP page's on/off buttons (watch, HPC-relevant). */
export const pepToggleSchema = z.object({ pepNumber: pepNumberSchema, value: z.enum(["true", "false"]).transform((value) => value === "true") });

import { z } from "zod";
import { affiliationKinds } from "@/lib/membership/schemas";
import { statementSlugSchema } from "@/lib/statements/evidence/schemas";
import { formCheckbox } from "@/lib/validation/form-fields";

/** Limits on what an endorser types (what the form shows). */
export const endorsementLimits = { name: 120, affiliation: 200 } as const;

const oneLine = (message: string, max: number, tooLong: string) =>
  z
    .string({ message })
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, { message }).max(max, { message: tooLong }));

/** An endorsement as the form sends it: the name and affiliation to be listed under, as the person gives them. */
export const endorsementInputSchema = z.object({
  slug: statementSlugSchema,
  name: oneLine("Give the name to be listed under.", endorsementLimits.name, `Keep the name under ${endorsementLimits.name} characters.`),
  affiliation: oneLine("Give your affiliation (institution, HPC centre or company), or “Independent”.", endorsementLimits.affiliation, `Keep the affiliation under ${endorsementLimits.affiliation} characters.`),
  affiliationKind: z.enum(affiliationKinds, { message: "Choose what kind of place your affiliation is." }),
  isPersonalCapacity: formCheckbox,
});
export type EndorsementInput = z.infer<typeof endorsementInputSchema>;

export const endorsementRefSchema = z.object({ slug: statementSlugSchema });

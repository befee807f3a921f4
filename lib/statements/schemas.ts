import { z } from "zod";
import { formCheckbox, formList, formVersion, recordId, storedInteger } from "@/lib/validation/form-fields";
import { withoutControlCharacters } from "@/lib/validation/text";

/** Limits on what members and chairs type (what the forms show). */
export const statementLimits = {
  title: 160,
  titleMin: 5,
  targetBody: 120,
  summary: 1_200,
  markdown: 200_000,
  minAreas: 1,
  maxAreas: 6,
  reason: 2_000,
  conflictNote: 1_000,
} as const;

export const statementTargets = ["PEP", "PSF", "STEERING_COUNCIL", "GENERAL"] as const;
export const statementStages = ["DRAFT", "REVIEW", "VOTE", "PUBLISHED", "WITHDRAWN"] as const;
export const voteChoices = ["AGREE", "ABSTAIN", "DISAGREE", "BLOCK"] as const;
export type VoteChoice = (typeof voteChoices)[number];

const characters = (count: number) => count.toLocaleString("en");

/** A line of text: runs of spaces become one space. */
const oneLine = (what: string, min: number, max: number) =>
  z
    .string({ message: `Give the ${what}.` })
    .pipe(withoutControlCharacters)
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(min, { message: min > 1 ? `Give the ${what} (at least ${min} characters).` : `Give the ${what}.` })
        .max(max, { message: `Keep the ${what} under ${characters(max)} characters.` }),
    );

/** Markdown as typed, a textarea's CRLF line breaks made LF (or every line would differ in a version's diff). */
const markdown = (message: string, min: number, max: number, tooLong: string) =>
  z
    .string({ message })
    .pipe(withoutControlCharacters)
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(min, { message }).max(max, { message: tooLong }));

/** An optional field: empty means not given (null). */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value), schema.nullable());

/** The reason a chair gives for a lifecycle step, or a member for disagreeing or blocking: people read it later. */
export const reasonSchema = (what = "Say why") => markdown(`${what}: the others read it.`, 3, statementLimits.reason, `Keep the reason under ${characters(statementLimits.reason)} characters.`);

export const statementSlugSchema = z
  .string({ message: "Unknown statement." })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "Unknown statement." })
  .max(80, { message: "Unknown statement." });

/**
 * A statement's details as the drafting form sends them. Which target needs
 * which extra field is checked here; whether the PEP and the areas exist is
 * the use case's (they are in the database).
 */
const statementDetailsObject = z.object({
  title: oneLine("title", statementLimits.titleMin, statementLimits.title),
  target: z.enum(statementTargets, { message: "Choose whom the statement speaks to: a PEP, the PSF, the Steering Council, or the community in general." }),
  targetPep: optional(storedInteger("Give the number of the PEP the statement is about (e.g. 703).")),
  targetBody: optional(oneLine("PSF body the statement addresses", 2, statementLimits.targetBody)),
  areas: formList(z.string().regex(/^[a-z0-9-]{1,40}$/, { message: "Unknown area." })).pipe(
    z
      .array(z.string())
      .min(statementLimits.minAreas, { message: "Choose at least one area the statement is about." })
      .max(statementLimits.maxAreas, { message: `Choose at most ${statementLimits.maxAreas} areas.` })
      .transform((areas) => [...new Set(areas)]),
  ),
  summary: markdown("Write a one-paragraph summary.", 20, statementLimits.summary, `Keep the summary to one paragraph under ${characters(statementLimits.summary)} characters.`).refine((summary) => !/\n\s*\n/.test(summary), {
    message: "Keep the summary to one paragraph (no blank lines); the text itself holds the rest.",
  }),
});

/** The target rules on any form that carries the details. */
function withTargetRules<T extends z.ZodType<z.infer<typeof statementDetailsObject>>>(schema: T) {
  return (
    schema
      .superRefine((details, context) => {
        if (details.target === "PEP" && details.targetPep === null) context.addIssue({ code: "custom", path: ["targetPep"], message: "Give the number of the PEP the statement is about." });
        if (details.target === "PSF" && details.targetBody === null) context.addIssue({ code: "custom", path: ["targetBody"], message: "Name the PSF body the statement addresses (e.g. Packaging Work Group)." });
      })
      // Only the target's own field is kept, so switching the target does not leave a stale PEP or body behind.
      .transform((details) => ({ ...details, targetPep: details.target === "PEP" ? details.targetPep : null, targetBody: details.target === "PSF" ? details.targetBody : null }))
  );
}

export const statementDetailsSchema = withTargetRules(statementDetailsObject);
export type StatementDetails = z.infer<typeof statementDetailsSchema>;

export const createStatementSchema = withTargetRules(
  statementDetailsObject.extend({ markdown: optional(markdown("Write the text, or leave it empty.", 1, statementLimits.markdown, `Keep the text under ${characters(statementLimits.markdown)} characters.`)) }),
);

/** `version` is the statement as the form saw it. */
export const editStatementDetailsSchema = withTargetRules(statementDetailsObject.extend({ slug: statementSlugSchema, version: formVersion }));

export const statementRefSchema = z.object({ slug: statementSlugSchema });
export const listStatementsSchema = z.object({ stage: optional(z.enum(statementStages, { message: "Unknown stage." })) });

/** A chair's lifecycle step: which statement, and why. */
export const stageStepSchema = z.object({ slug: statementSlugSchema, reason: reasonSchema("Say why you take this step") });
export const supersedeStatementSchema = stageStepSchema.extend({ supersededBySlug: statementSlugSchema });

const dateTime = z.coerce.date({ message: "Give the date and time the vote closes." }).refine((date) => !Number.isNaN(date.getTime()), { message: "Give the date and time the vote closes." });

export const openVoteSchema = stageStepSchema.extend({ closesAt: dateTime, isAnonymous: formCheckbox, hidesResultsUntilClose: formCheckbox });

export const castVoteSchema = z
  .object({
    slug: statementSlugSchema,
    choice: z.enum(voteChoices, { message: "Choose agree, abstain, disagree or block." }),
    reason: optional(reasonSchema("Say why you disagree or block")),
  })
  .superRefine((vote, context) => {
    if ((vote.choice === "DISAGREE" || vote.choice === "BLOCK") && vote.reason === null) {
      context.addIssue({ code: "custom", path: ["reason"], message: vote.choice === "BLOCK" ? "A block needs a reason: say what would have to change for you to lift it." : "Say why you disagree: the authors read it." });
    }
  });

export const declareConflictSchema = z.object({
  slug: statementSlugSchema,
  note: markdown("Say what your conflict of interest is (an employer, a project you maintain).", 3, statementLimits.conflictNote, `Keep the note under ${characters(statementLimits.conflictNote)} characters.`),
});

export const textVersionNumberSchema = storedInteger("Unknown text version.");
export const compareTextVersionsSchema = z.object({ slug: statementSlugSchema, from: textVersionNumberSchema, to: textVersionNumberSchema });
export const restoreTextVersionSchema = z.object({ slug: statementSlugSchema, number: textVersionNumberSchema, reason: reasonSchema("Say why this version is restored") });

export const objectionRefSchema = z.object({ objectionId: recordId("objection") });
export const objectionAnswerSchema = objectionRefSchema.extend({ response: reasonSchema("Write the answer to the objection") });
export const objectionDisputeSchema = objectionRefSchema.extend({ dispute: reasonSchema("Say why the answer does not settle your objection") });
export const objectionOverruleSchema = objectionRefSchema.extend({ reason: reasonSchema("Record the group's decision to overrule") });

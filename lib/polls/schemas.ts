import { z } from "zod";
import { sessionIdSchema } from "@/lib/sessions/schemas";
import { formVersion, recordId } from "@/lib/validation/form-fields";

/** Limits on what a chair types into a poll. */
export const pollLimits = {
  questionMin: 3,
  question: 300,
  minOptions: 2,
  maxOptions: 10,
  option: 120,
} as const;

export const pollKindLabels = { SINGLE: "Single choice", MULTIPLE: "Multiple choice" } as const;

/** One line of text: runs of spaces and line breaks become one space. */
const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

const checkbox = (value: unknown) => value === "on" || value === "true" || value === "1" || value === true;

export const pollQuestionSchema = z
  .string({ message: "Write the question." })
  .transform(oneLine)
  .pipe(
    z
      .string()
      .min(pollLimits.questionMin, { message: `Write a question of at least ${pollLimits.questionMin} characters.` })
      .max(pollLimits.question, { message: `Keep the question under ${pollLimits.question} characters.` }),
  );

/**
 * The options in the order given. Empty rows are dropped (the form keeps a
 * spare one); each problem names the option it concerns, counting the options
 * that were filled in.
 */
export const pollOptionsSchema = z.array(z.string(), { message: "Give the options." }).transform((values, context) => {
  const options = values.map(oneLine).filter(Boolean);
  if (options.length < pollLimits.minOptions) context.addIssue({ code: "custom", message: `Give at least ${pollLimits.minOptions} options.` });
  if (options.length > pollLimits.maxOptions) context.addIssue({ code: "custom", message: `A poll has at most ${pollLimits.maxOptions} options.` });
  const seen = new Set<string>();
  options.forEach((option, index) => {
    if (option.length > pollLimits.option) context.addIssue({ code: "custom", message: `Keep option ${index + 1} under ${pollLimits.option} characters.` });
    const key = option.toLocaleLowerCase("en");
    if (seen.has(key)) context.addIssue({ code: "custom", message: `“${option.length > 40 ? `${option.slice(0, 40)}…` : option}” is there twice; make each option different.` });
    seen.add(key);
  });
  return options;
});

export const pollKindSchema = z.enum(["SINGLE", "MULTIPLE"], { message: "Choose single or multiple choice." });

/** A poll as a chair prepares it (new or edited draft). */
export const pollInputSchema = z.object({
  question: pollQuestionSchema,
  kind: pollKindSchema,
  options: pollOptionsSchema,
  hideResultsUntilClosed: z.preprocess(checkbox, z.boolean()),
});
export type PollInput = z.infer<typeof pollInputSchema>;

export const pollIdSchema = recordId("poll");

/** The version the chair's form started from, so an edit does not overwrite another chair's change unseen. */
export const expectedVersionSchema = formVersion.optional();

/** What a chair may do to a poll's state: open a draft (or reopen a closed poll), or close it. */
export const pollStateChangeSchema = z.enum(["OPEN", "CLOSED"], { message: "Choose whether to open or close the poll." });

/** The option ids a participant chose (the use case checks them against the poll). */
export const voteSchema = z.object({
  optionIds: z
    .array(recordId("option"), { message: "Choose an option." })
    .min(1, { message: "Choose an option." })
    .max(pollLimits.maxOptions, { message: "That is more options than a poll has." })
    .transform((ids) => [...new Set(ids)]),
});

/** What the session page's poll forms send to their Server Actions. */
export const createPollSchema = pollInputSchema.extend({ sessionId: sessionIdSchema });
export const editPollSchema = pollInputSchema.extend({ pollId: pollIdSchema, expectedVersion: expectedVersionSchema });
export const pollRefSchema = z.object({ pollId: pollIdSchema });
export const setPollStateSchema = z.object({ pollId: pollIdSchema, state: pollStateChangeSchema });
export const voteInPollSchema = voteSchema.extend({ pollId: pollIdSchema });

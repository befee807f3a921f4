import { z } from "zod";
import { recordId } from "@/lib/validation/form-fields";
import { controlCharacterMessage, hasControlCharacters } from "@/lib/validation/text";

/** Limits on what people type into the Q&A. */
export const questionLimits = {
  bodyMin: 3,
  bodyMax: 500,
  reasonMin: 3,
  reasonMax: 300,
} as const;

/** How many questions one person may ask in one session within the window. */
export const questionRateLimit = { count: 5, windowMs: 5 * 60 * 1000 } as const;

export const questionBodySchema = z
  .string({ message: "Write your question." })
  .refine((text) => !hasControlCharacters(text), { message: controlCharacterMessage, abort: true })
  .trim()
  .min(1, { message: "Write your question.", abort: true })
  .min(questionLimits.bodyMin, { message: `Write a question of at least ${questionLimits.bodyMin} characters.` })
  .max(questionLimits.bodyMax, { message: `Keep your question under ${questionLimits.bodyMax} characters; you can ask a second one.` });

export const hideReasonSchema = z
  .string({ message: "Say why it is hidden." })
  .refine((text) => !hasControlCharacters(text), { message: controlCharacterMessage, abort: true })
  .trim()
  .min(questionLimits.reasonMin, { message: "Say why it is hidden, in a few words (the asker sees it)." })
  .max(questionLimits.reasonMax, { message: `Keep the reason under ${questionLimits.reasonMax} characters.` });

const id = recordId("question");

export const askQuestionSchema = z.object({
  sessionId: recordId("session"),
  body: questionBodySchema,
  isAnonymous: z.boolean().default(false),
});
export type AskQuestionInput = z.infer<typeof askQuestionSchema>;

export const questionVoteSchema = z.object({
  questionId: id,
  hasVote: z.boolean(),
});

/** What a chair does to one question. */
export const moderationSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("approve") }),
  z.object({ type: z.literal("hide"), reason: hideReasonSchema }),
  z.object({ type: z.literal("unhide") }),
  z.object({ type: z.literal("pin"), isPinned: z.boolean() }),
  z.object({ type: z.literal("answer"), isAnswered: z.boolean() }),
]);
export type Moderation = z.infer<typeof moderationSchema>;

export const moderateQuestionSchema = z.object({
  questionId: id,
  moderation: moderationSchema,
});

export const questionsNeedApprovalSchema = z.object({
  sessionId: recordId("session"),
  needsApproval: z.boolean(),
});

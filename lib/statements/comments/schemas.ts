import { z } from "zod";
import { statementSlugSchema } from "@/lib/statements/schemas";
import { recordId } from "@/lib/validation/form-fields";
import { withoutControlCharacters } from "@/lib/validation/text";
import { anchorPositions } from "./comment-anchors";

/** Limits on comments (what the forms show). */
export const commentLimits = { maxBodyLength: 5_000, maxQuoteLength: 2_000, maxAnchorLength: 2_000 } as const;

const characters = (count: number) => count.toLocaleString("en");

/** A comment as typed: line breaks kept, surrounding blank space dropped. */
const commentBody = z
  .string({ message: "Write a comment." })
  .pipe(withoutControlCharacters)
  .transform((body) => body.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().min(1, { message: "Write a comment." }).max(commentLimits.maxBodyLength, { message: `Keep a comment under ${characters(commentLimits.maxBodyLength)} characters.` }));

const passageLost = "The selected passage could not be found in the text; select it again.";

/**
 * The passage a thread is on, as the editor sends it: the anchor's two
 * positions as one JSON value ({ start, end }). Anything else is refused at
 * the passage, never stored: the editor resolves stored anchors on every
 * reader's screen.
 */
const anchorField = z
  .string({ message: passageLost })
  .max(commentLimits.maxAnchorLength, { message: passageLost })
  .transform((sent, context) => {
    let value: unknown;
    try {
      value = JSON.parse(sent);
    } catch {
      value = null;
    }
    const positions = value && typeof value === "object" ? anchorPositions((value as { start?: unknown }).start, (value as { end?: unknown }).end) : null;
    if (!positions) {
      context.addIssue({ code: "custom", message: passageLost });
      return z.NEVER;
    }
    return positions;
  });

/** Empty means not given. */
const omittedWhenEmpty = (value: unknown) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);

export const createCommentSchema = z.object({
  slug: statementSlugSchema,
  body: commentBody,
  /** Without an anchor the comment is on the statement as a whole. */
  anchor: z.preprocess(omittedWhenEmpty, anchorField.optional()),
  /** The passage as it read when selected; shown if the passage is later deleted. */
  quote: z.preprocess(omittedWhenEmpty, z.string().pipe(withoutControlCharacters).transform((quote) => quote.slice(0, commentLimits.maxQuoteLength)).optional()),
});

export const commentRefSchema = z.object({ slug: statementSlugSchema, commentId: recordId("comment") });
export const replyToCommentSchema = commentRefSchema.extend({ body: commentBody });

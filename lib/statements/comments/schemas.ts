import { z } from "zod";
import { optional, statementSlugSchema } from "@/lib/statements/schemas";
import { recordId } from "@/lib/validation/form-fields";
import { withoutControlCharacters } from "@/lib/validation/text";
import { presenceCursor } from "@/lib/notes/presence";

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

/** The JSON the editor sends, as a value; what is not JSON is left to be refused. */
const parsedJson = (sent: unknown) => {
  if (typeof sent !== "string") return sent;
  if (sent.length > commentLimits.maxAnchorLength) return null;
  try {
    return JSON.parse(sent) as unknown;
  } catch {
    return null;
  }
};

/**
 * The passage a thread is on, as the editor sends it: the anchor's two
 * positions as one JSON value ({ start, end }). Anything else is refused at
 * the passage, never stored: the editor resolves stored anchors on every
 * reader's screen. What it gives back parses again to the same (the Server
 * Action parses, then the use case).
 */
const anchorField = z.preprocess(
  parsedJson,
  z.unknown().transform((value, context) => {
    // Checked as the editor's cursors are (lib/notes/presence.ts): two well-formed relative positions, only their known fields kept.
    const positions = value && typeof value === "object" ? presenceCursor({ anchor: (value as { start?: unknown }).start, head: (value as { end?: unknown }).end }) : null;
    if (!positions) {
      context.addIssue({ code: "custom", message: passageLost });
      return z.NEVER;
    }
    return { start: positions.anchor, end: positions.head };
  }),
);

export const createCommentSchema = z.object({
  slug: statementSlugSchema,
  body: commentBody,
  /** Without an anchor the comment is on the statement as a whole. */
  anchor: optional(anchorField),
  /** The passage as it read when selected; shown if the passage is later deleted. */
  quote: optional(z.string().pipe(withoutControlCharacters).transform((quote) => quote.slice(0, commentLimits.maxQuoteLength))),
});

export const commentRefSchema = z.object({ slug: statementSlugSchema, commentId: recordId("comment") });
export const replyToCommentSchema = commentRefSchema.extend({ body: commentBody });

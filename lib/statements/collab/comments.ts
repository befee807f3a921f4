import * as Y from "yjs";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, invalidFields } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NOTES_TEXT_FIELD } from "@/lib/notes/note-document";
import { presenceCursor } from "@/lib/notes/presence";
import { assertCan, statementTextAccess, type Actor } from "@/lib/permissions";
import { withoutControlCharacters } from "@/lib/validation/text";

/**
 * Comments on a statement's passages. A comment's anchor is a pair of Yjs
 * relative positions (the passage's first character, and its last), stored as
 * JSON beside the passage as it was quoted: the positions name the passage's
 * characters rather than offsets, so the anchor follows the passage through
 * edits before it and grows with edits inside it. Members comment (and reply,
 * resolve, reopen) on any statement they may read in the editor.
 */

export const commentLimits = { maxBodyLength: 5_000, maxQuoteLength: 2_000 } as const;

const commentBody = withoutControlCharacters.transform((body) => body.trim()).pipe(z.string().min(1, "Write a comment.").max(commentLimits.maxBodyLength, `A comment is at most ${commentLimits.maxBodyLength} characters.`));

/** Where a comment sits, as the editor sends it: two Y.RelativePosition JSON values and the text between them. */
export interface CommentAnchor {
  start: unknown;
  end: unknown;
  quote: string;
}

const commentSelect = { id: true, statementId: true, parentId: true, authorId: true, body: true, quote: true, anchorStart: true, anchorEnd: true, resolvedAt: true, resolvedById: true, createdAt: true } as const;

/** The anchor of the passage from `from` to `to` (exclusive) in a document's text. */
export function commentAnchorFor(doc: Y.Doc, from: number, to: number): CommentAnchor {
  const text = doc.getText(NOTES_TEXT_FIELD);
  if (from < 0 || to <= from || to > text.length) throw new AppError("INVALID_INPUT", "Select the passage to comment on.");
  return {
    // The start sticks to the passage's first character, the end to its last: text typed right before or right after stays outside.
    start: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, from, 0)),
    end: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, to, -1)),
    quote: text.toString().slice(from, to),
  };
}

/** Where an anchored passage is in the text now, or null when it was deleted (or the anchor is not one). */
export function resolveCommentAnchor(doc: Y.Doc, anchor: { anchorStart: unknown; anchorEnd: unknown }): { from: number; to: number } | null {
  const positions = presenceCursor({ anchor: anchor.anchorStart, head: anchor.anchorEnd });
  if (!positions) return null;
  const from = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(positions.anchor), doc);
  const to = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(positions.head), doc);
  if (!from || !to || to.index <= from.index) return null;
  return { from: from.index, to: to.index };
}

/** The statement, if the actor may comment on it; not found when they may not read it. */
async function commentableStatement(actor: Actor, statementId: number) {
  const statement = await db.statement.findUnique({ where: { id: statementId }, select: { id: true, stage: true } });
  if (!statement || statementTextAccess(actor, statement) === "none") throw new AppError("NOT_FOUND", "There is no such statement.");
  assertCan(actor, "statements.comment");
  return statement;
}

function parsedBody(body: string) {
  const parsed = commentBody.safeParse(body);
  if (!parsed.success) throw invalidFields({ body: parsed.error.issues.map((issue) => issue.message) });
  return parsed.data;
}

/** Starts a thread on a passage (or on the whole statement, without an anchor). */
export async function createStatementComment({ actor, statementId, body, anchor }: { actor: Actor; statementId: number; body: string; anchor?: CommentAnchor }) {
  await commentableStatement(actor, statementId);
  const text = parsedBody(body);
  let anchorData: { anchorStart: Prisma.InputJsonValue; anchorEnd: Prisma.InputJsonValue; quote: string } | undefined;
  if (anchor) {
    const positions = presenceCursor({ anchor: anchor.start, head: anchor.end });
    if (!positions) throw invalidFields({ anchor: ["Select the passage to comment on."] });
    anchorData = { anchorStart: { ...positions.anchor }, anchorEnd: { ...positions.head }, quote: anchor.quote.slice(0, commentLimits.maxQuoteLength) };
  }
  return db.statementComment.create({ data: { statementId, authorId: actor.userId, body: text, ...anchorData }, select: commentSelect });
}

async function threadOf(actor: Actor, commentId: number) {
  const comment = await db.statementComment.findUnique({ where: { id: commentId }, select: { id: true, statementId: true, parentId: true } });
  if (!comment) throw new AppError("NOT_FOUND", "That comment no longer exists.");
  await commentableStatement(actor, comment.statementId);
  return comment;
}

/** Answers a thread; a reply to a reply joins the thread it belongs to. */
export async function replyToStatementComment({ actor, commentId, body }: { actor: Actor; commentId: number; body: string }) {
  const comment = await threadOf(actor, commentId);
  const text = parsedBody(body);
  return db.statementComment.create({ data: { statementId: comment.statementId, parentId: comment.parentId ?? comment.id, authorId: actor.userId, body: text }, select: commentSelect });
}

/** Marks a thread as dealt with; resolving one already resolved keeps who did it first. */
export async function resolveStatementComment({ actor, commentId }: { actor: Actor; commentId: number }) {
  const comment = await threadOf(actor, commentId);
  const threadId = comment.parentId ?? comment.id;
  await db.statementComment.updateMany({ where: { id: threadId, resolvedAt: null }, data: { resolvedAt: new Date(), resolvedById: actor.userId } });
  return db.statementComment.findUniqueOrThrow({ where: { id: threadId }, select: commentSelect });
}

export async function reopenStatementComment({ actor, commentId }: { actor: Actor; commentId: number }) {
  const comment = await threadOf(actor, commentId);
  return db.statementComment.update({ where: { id: comment.parentId ?? comment.id }, data: { resolvedAt: null, resolvedById: null }, select: commentSelect });
}

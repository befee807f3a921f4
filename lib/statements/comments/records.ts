import { db, type Database, type DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordMemberActivity } from "@/lib/membership/activity";
import type { NewNotification } from "@/lib/notifications/create-notifications";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StatementStage } from "@/lib/generated/prisma/enums";
import { canCommentOnStatement, canReadStatementComments, type Actor } from "@/lib/permissions";
import { lockStatement, stageWords, statementNotFound } from "@/lib/statements/records";

type Client = Database | DatabaseTransaction;

/**
 * Members' comments on a statement's passages (or on it as a whole). Any
 * member starts a thread, replies, resolves or reopens one, as in a shared
 * document, while the statement takes comments (draft, review, vote). Whom it
 * concerns is told in the app (and by email when it is set up): the authors
 * of a new thread, the participants of a reply, a thread's author when
 * someone else resolves it. Each write runs in one transaction with the
 * statement's row locked, so a comment never lands after a publication.
 */

export const selectedComment = { id: true, parentId: true, authorId: true, body: true, quote: true, resolvedAt: true, resolvedById: true } as const;

type LockedForComment = Awaited<ReturnType<typeof lockStatementForComment>>;
type Thread = Awaited<ReturnType<typeof findThread>>;
type CommentWrite<T> = Promise<{ result: T; notifications: NewNotification[] }>;

/**
 * Every comment write: in one transaction with the statement locked for
 * comments, then its notifications emailed after the commit and the member's
 * activity noted.
 */
export async function writeComment<T>({ actor, slug, now }: { actor: Actor; slug: string; now: Date }, write: (tx: DatabaseTransaction, statement: LockedForComment) => CommentWrite<T>): Promise<T> {
  const { result, notifications } = await db.$transaction(async (tx) => write(tx, await lockStatementForComment(tx, actor, slug)));
  emailNotificationsInBackground(notifications);
  await recordMemberActivity(db, actor.userId, now);
  return result;
}

/** The same for a write on an existing thread: the thread the comment id leads to, on this statement. */
export function writeOnThread<T>(
  { actor, slug, commentId, now }: { actor: Actor; slug: string; commentId: number; now: Date },
  write: (tx: DatabaseTransaction, statement: LockedForComment, thread: Thread) => CommentWrite<T>,
): Promise<T> {
  return writeComment({ actor, slug, now }, async (tx, statement) => write(tx, statement, await findThread(tx, statement.id, commentId)));
}

export const commentNotFound = () => new AppError("NOT_FOUND", "That comment no longer exists; reload the page.");

/** Why the statement takes no comments now, for the person who tried. */
export function commentsClosedMessage(stage: StatementStage) {
  return `This statement is ${stageWords[stage]}: its record no longer changes, so it takes no new comments.`;
}

/**
 * The statement a comment is written on, share-locked until the transaction
 * ends: a stage change (which locks the row FOR UPDATE) waits for it, and a
 * comment waiting for a stage change reads the new stage, so no comment lands
 * after a publication or withdrawal; comments and text stores do not wait
 * for each other (KEY SHARE does not conflict with an UPDATE's lock). Those
 * who may not read its comments are told it does not exist; a stage that
 * takes no comments is a conflict the person is told about.
 */
export async function lockStatementForComment(tx: DatabaseTransaction, actor: Actor, slug: string) {
  const statement = await lockStatement(tx, actor, slug, "key share");
  if (!canReadStatementComments(actor, statement)) throw statementNotFound();
  if (!canCommentOnStatement(actor, statement)) throw new AppError("CONFLICT", commentsClosedMessage(statement.stage));
  return statement;
}

/** A thread's first comment on this statement (a reply's id leads to its thread), with who took part in it. */
export async function findThread(client: Client, statementId: number, commentId: number) {
  const comment = await client.statementComment.findFirst({ where: { id: commentId, statementId }, select: { id: true, parentId: true } });
  if (!comment) throw commentNotFound();
  const threadId = comment.parentId ?? comment.id;
  const thread = await client.statementComment.findUniqueOrThrow({
    where: { id: threadId },
    select: { id: true, authorId: true, resolvedAt: true, quote: true, replies: { select: { authorId: true } } },
  });
  return { ...thread, participantIds: [thread.authorId, ...thread.replies.map((reply) => reply.authorId)].filter((id): id is string => id !== null) };
}

/** What a notification says of the passage a thread is on. */
export function passageWords(quote: string | null) {
  if (!quote) return "the statement";
  const short = quote.replace(/\s+/g, " ").trim();
  return `“${short.length > 60 ? `${short.slice(0, 57)}…` : short}”`;
}

export const commentThreadSelect = {
  id: true,
  body: true,
  quote: true,
  anchorStart: true,
  anchorEnd: true,
  createdAt: true,
  resolvedAt: true,
  authorId: true,
  author: { select: { name: true } },
  resolvedBy: { select: { name: true } },
  replies: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } } },
} satisfies Prisma.StatementCommentSelect;
type CommentThreadRecord = Prisma.StatementCommentGetPayload<{ select: typeof commentThreadSelect }>;

export interface StatementCommentView {
  id: number;
  authorName: string;
  isOwn: boolean;
  body: string;
  createdAt: Date;
}

export interface StatementCommentThreadView extends StatementCommentView {
  /** The passage as it read when the thread started; null for a comment on the whole statement. */
  quote: string | null;
  /** The anchor's positions, for the editor to find the passage in the live text; null for a comment on the whole statement. */
  anchor: { start: unknown; end: unknown } | null;
  /** Where the passage is in the current text, or null (on the whole statement, or the passage was deleted). */
  passage: { from: number; to: number } | null;
  isPassageDeleted: boolean;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  replies: StatementCommentView[];
}

const formerMember = "A former member";

/** A thread as a member reads it; `passage` is where its anchor is in the current text. */
export function viewCommentThread(thread: CommentThreadRecord, actor: Actor, passage: { from: number; to: number } | null): StatementCommentThreadView {
  const anchor = thread.anchorStart !== null && thread.anchorEnd !== null ? { start: thread.anchorStart, end: thread.anchorEnd } : null;
  return {
    id: thread.id,
    authorName: thread.author?.name ?? formerMember,
    isOwn: actor.userId !== null && thread.authorId === actor.userId,
    body: thread.body,
    createdAt: thread.createdAt,
    quote: anchor ? thread.quote : null,
    anchor,
    passage,
    isPassageDeleted: anchor !== null && passage === null,
    resolvedAt: thread.resolvedAt,
    resolvedByName: thread.resolvedAt ? (thread.resolvedBy?.name ?? formerMember) : null,
    replies: thread.replies.map((reply) => ({ id: reply.id, authorName: reply.author?.name ?? formerMember, isOwn: actor.userId !== null && reply.authorId === actor.userId, body: reply.body, createdAt: reply.createdAt })),
  };
}

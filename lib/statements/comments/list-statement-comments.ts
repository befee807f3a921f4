import { db } from "@/lib/db";
import { parseOrRefuse } from "@/lib/membership/records";
import { canCommentOnStatement, canReadStatementComments, type Actor } from "@/lib/permissions";
import { readCurrentStatementDoc } from "@/lib/statements/collab/statement-persistence";
import { findReadableStatement, statementNotFound } from "@/lib/statements/records";
import { statementRefSchema } from "@/lib/statements/schemas";
import { resolveCommentAnchor } from "./comment-anchors";
import { commentsClosedMessage, commentThreadSelect, viewCommentThread, type StatementCommentThreadView } from "./records";

export interface StatementComments {
  threads: StatementCommentThreadView[];
  canComment: boolean;
  /** Why no new comments are taken, when they are not. */
  closedMessage: string | null;
}

/**
 * A statement's comment threads with their replies, for members: open
 * threads first, in the order of their passages in the text (comments on the
 * whole statement, and those whose passage was deleted, before them), then
 * the resolved ones, most recently resolved first.
 */
export async function listStatementComments({ actor, input }: { actor: Actor; input: unknown }): Promise<StatementComments> {
  const { slug } = parseOrRefuse(statementRefSchema, input);
  const statement = await findReadableStatement(db, actor, slug);
  if (!canReadStatementComments(actor, statement)) throw statementNotFound();
  const records = await db.statementComment.findMany({ where: { statementId: statement.id, parentId: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: commentThreadSelect });
  const doc = records.some((thread) => thread.anchorStart !== null) ? await readCurrentStatementDoc(db, statement.id) : null;
  const threads = records.map((thread) => viewCommentThread(thread, actor, doc ? resolveCommentAnchor(doc, thread) : null));
  doc?.destroy();
  const open = threads.filter((thread) => !thread.resolvedAt).sort((a, b) => (a.passage?.from ?? -1) - (b.passage?.from ?? -1));
  const resolved = threads.filter((thread) => thread.resolvedAt).sort((a, b) => b.resolvedAt!.getTime() - a.resolvedAt!.getTime());
  const canComment = canCommentOnStatement(actor, statement);
  return { threads: [...open, ...resolved], canComment, closedMessage: canComment ? null : commentsClosedMessage(statement.stage) };
}

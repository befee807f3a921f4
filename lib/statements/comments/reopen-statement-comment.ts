import { db } from "@/lib/db";
import { parseOrRefuse } from "@/lib/membership/records";
import { assertCan, type Actor } from "@/lib/permissions";
import { commentWritten, findThread, lockStatementForComment, selectedComment } from "./records";
import { commentRefSchema } from "./schemas";

/** Opens a resolved thread again: the passage needs another look. */
export async function reopenStatementComment({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  assertCan(actor, "statements.comment");
  const { slug, commentId } = parseOrRefuse(commentRefSchema, input);
  return commentWritten(
    actor,
    () =>
      db.$transaction(async (tx) => {
        const statement = await lockStatementForComment(tx, actor, slug);
        const thread = await findThread(tx, statement.id, commentId);
        const reopened = await tx.statementComment.update({ where: { id: thread.id }, data: { resolvedAt: null, resolvedById: null }, select: selectedComment });
        return { result: reopened, notifications: [] };
      }),
    now,
  );
}

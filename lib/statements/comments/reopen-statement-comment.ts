import { parseOrRefuse } from "@/lib/membership/records";
import { assertCan, type Actor } from "@/lib/permissions";
import { selectedComment, writeOnThread } from "./records";
import { commentRefSchema } from "./schemas";

/** Opens a resolved thread again: the passage needs another look. */
export async function reopenStatementComment({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  assertCan(actor, "statements.comment");
  const { slug, commentId } = parseOrRefuse(commentRefSchema, input);
  return writeOnThread({ actor, slug, commentId, now }, async (tx, _statement, thread) => ({
    result: await tx.statementComment.update({ where: { id: thread.id }, data: { resolvedAt: null, resolvedById: null }, select: selectedComment }),
    notifications: [],
  }));
}

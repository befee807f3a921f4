import { parseOrRefuse } from "@/lib/membership/records";
import { assertCan, type Actor } from "@/lib/permissions";
import { notifyPeople } from "@/lib/statements/records";
import { passageWords, selectedComment, writeOnThread } from "./records";
import { replyToCommentSchema } from "./schemas";

/** Answers a thread; a reply to a reply joins the thread it belongs to. Replying to a resolved thread reopens it: the question is open again. */
export async function replyToStatementComment({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  assertCan(actor, "statements.comment");
  const { slug, commentId, body } = parseOrRefuse(replyToCommentSchema, input);
  return writeOnThread({ actor, slug, commentId, now }, async (tx, statement, thread) => {
    const reply = await tx.statementComment.create({ data: { statementId: statement.id, parentId: thread.id, authorId: actor.userId, body }, select: selectedComment });
    if (thread.resolvedAt) await tx.statementComment.update({ where: { id: thread.id }, data: { resolvedAt: null, resolvedById: null } });
    const others = thread.participantIds.filter((userId) => userId !== actor.userId);
    const notifications = await notifyPeople(tx, others, statement, { title: `New reply on ${passageWords(thread.quote)} in “${statement.title}”`, body });
    return { result: reply, notifications };
  });
}

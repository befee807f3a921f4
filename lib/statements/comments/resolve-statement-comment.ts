import { parseOrRefuse } from "@/lib/membership/records";
import { assertCan, type Actor } from "@/lib/permissions";
import { notifyPeople } from "@/lib/statements/records";
import { passageWords, selectedComment, writeOnThread } from "./records";
import { commentRefSchema } from "./schemas";

/** Marks a thread as dealt with; resolving one already resolved keeps who did it first. Its author is told when someone else resolved it. */
export async function resolveStatementComment({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  assertCan(actor, "statements.comment");
  const { slug, commentId } = parseOrRefuse(commentRefSchema, input);
  return writeOnThread({ actor, slug, commentId, now }, async (tx, statement, thread) => {
    const { count } = await tx.statementComment.updateMany({ where: { id: thread.id, resolvedAt: null }, data: { resolvedAt: now, resolvedById: actor.userId } });
    const threadAuthor = count > 0 && thread.authorId && thread.authorId !== actor.userId ? [thread.authorId] : [];
    const notifications = await notifyPeople(tx, threadAuthor, statement, { title: `Your comment on ${passageWords(thread.quote)} in “${statement.title}” was resolved` });
    return { result: await tx.statementComment.findUniqueOrThrow({ where: { id: thread.id }, select: selectedComment }), notifications };
  });
}

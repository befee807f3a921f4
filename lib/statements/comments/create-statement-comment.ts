import { parseOrRefuse } from "@/lib/membership/records";
import { assertCan, type Actor } from "@/lib/permissions";
import { notifyPeople } from "@/lib/statements/records";
import { passageWords, selectedComment, writeComment } from "./records";
import { createCommentSchema } from "./schemas";

/** Starts a thread on a passage (its anchor and quote) or on the whole statement; the statement's authors are told. */
export async function createStatementComment({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  assertCan(actor, "statements.comment");
  const { slug, body, anchor, quote } = parseOrRefuse(createCommentSchema, input);
  return writeComment({ actor, slug, now }, async (tx, statement) => {
    const comment = await tx.statementComment.create({
      data: { statementId: statement.id, authorId: actor.userId, body, ...(anchor ? { anchorStart: { ...anchor.start }, anchorEnd: { ...anchor.end }, quote: quote ?? null } : {}) },
      select: selectedComment,
    });
    const authors = await tx.statementAuthor.findMany({ where: { statementId: statement.id, userId: { not: actor.userId ?? undefined } }, select: { userId: true } });
    const notifications = await notifyPeople(tx, authors.map((author) => author.userId), statement, { title: `New comment on ${passageWords(anchor ? (quote ?? null) : null)} in “${statement.title}”`, body });
    return { result: comment, notifications };
  });
}

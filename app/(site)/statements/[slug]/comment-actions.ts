"use server";

import { defineAction } from "@/lib/define-action";
import { createStatementComment } from "@/lib/statements/comments/create-statement-comment";
import { reopenStatementComment } from "@/lib/statements/comments/reopen-statement-comment";
import { replyToStatementComment } from "@/lib/statements/comments/reply-to-statement-comment";
import { resolveStatementComment } from "@/lib/statements/comments/resolve-statement-comment";
import { commentRefSchema, createCommentSchema, replyToCommentSchema } from "@/lib/statements/comments/schemas";
import { statementLink } from "@/lib/statements/records";

/** Comments change only the statement's own page. */
const statementPage = (input: { slug: string }) => [statementLink(input.slug)];

export const createCommentAction = defineAction({
  permission: "statements.comment",
  input: createCommentSchema,
  run: ({ actor, input }) => createStatementComment({ actor, input }),
  revalidate: statementPage,
  message: (input) => (input.anchor ? "Comment added on the passage." : "Comment added."),
});

export const replyToCommentAction = defineAction({
  permission: "statements.comment",
  input: replyToCommentSchema,
  run: ({ actor, input }) => replyToStatementComment({ actor, input }),
  revalidate: statementPage,
  message: "Reply added.",
});

export const resolveCommentAction = defineAction({
  permission: "statements.comment",
  input: commentRefSchema,
  run: ({ actor, input }) => resolveStatementComment({ actor, input }),
  revalidate: statementPage,
  message: "Thread resolved.",
});

export const reopenCommentAction = defineAction({
  permission: "statements.comment",
  input: commentRefSchema,
  run: ({ actor, input }) => reopenStatementComment({ actor, input }),
  revalidate: statementPage,
  message: "Thread reopened.",
});

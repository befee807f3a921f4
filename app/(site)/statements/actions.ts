"use server";

import { defineAction } from "@/lib/define-action";
import { readForm } from "@/lib/http/read-form";
import { castStatementVote, reconfirmVote } from "@/lib/statements/cast-vote";
import { publishStatement, returnToReview, startReview, supersedeStatement, withdrawStatement } from "@/lib/statements/change-statement-stage";
import { closeStatementVote } from "@/lib/statements/close-vote";
import { declareConflict, withdrawConflict } from "@/lib/statements/conflicts";
import { createStatement } from "@/lib/statements/create-statement";
import { editStatementDetails } from "@/lib/statements/edit-statement-details";
import { followStatement, unfollowStatement } from "@/lib/statements/follow-statement";
import { answerObjection, disputeObjection, overruleObjection, withdrawObjection } from "@/lib/statements/objections";
import { openStatementVote } from "@/lib/statements/open-vote";
import { statementLink } from "@/lib/statements/records";
import {
  castVoteSchema,
  createStatementSchema,
  declareConflictSchema,
  editStatementDetailsSchema,
  objectionAnswerSchema,
  objectionDisputeSchema,
  objectionOverruleSchema,
  objectionRefSchema,
  openVoteSchema,
  restoreTextVersionSchema,
  stageStepSchema,
  statementRefSchema,
  statementSlugSchema,
  supersedeStatementSchema,
} from "@/lib/statements/schemas";
import { restoreTextVersion } from "@/lib/statements/text-versions";

/**
 * The statements' Server Actions. The use cases parse their input again and
 * decide everything else (membership, stage, locks); these only name the
 * permission to attempt, the pages that change, and what the person is told.
 */

const pagesOf = (slug: string) => [statementLink(slug), `${statementLink(slug)}/versions`, "/statements"];
/** Objection forms carry the statement's slug beside the objection, for the page to revalidate. */
const onStatement = { slug: statementSlugSchema };

export const createStatementAction = defineAction({
  permission: "statements.propose",
  input: createStatementSchema,
  run: ({ actor, input }) => createStatement({ actor, input }),
  revalidate: () => ["/statements"],
  redirectTo: (_input, statement) => statementLink(statement.slug),
});

export const editStatementDetailsAction = defineAction({
  permission: "statements.edit",
  input: editStatementDetailsSchema,
  run: ({ actor, input }) => editStatementDetails({ actor, input }),
  revalidate: (input) => pagesOf(input.slug),
  message: "Saved.",
});

export const followStatementAction = defineAction({
  permission: "statements.readDrafts",
  input: statementRefSchema,
  run: ({ actor, input }) => followStatement({ actor, input }),
  revalidate: (input) => [statementLink(input.slug)],
  message: "You will hear about each step of this statement.",
});

export const unfollowStatementAction = defineAction({
  permission: "statements.readDrafts",
  input: statementRefSchema,
  run: ({ actor, input }) => unfollowStatement({ actor, input }),
  revalidate: (input) => [statementLink(input.slug)],
  message: "You will no longer hear about this statement's steps.",
});

export const startReviewAction = defineAction({
  permission: "statements.manageVote",
  input: stageStepSchema,
  run: ({ actor, input }) => startReview({ actor, input }),
  revalidate: (input) => pagesOf(input.slug),
  message: "The statement is in review; its authors and followers were told.",
});

/** The form's closing time is a wall-clock time in UTC (datetime-local sends no zone; the label says UTC). */
const readOpenVoteForm = (formData: FormData) => {
  const values = readForm(formData);
  const closesAt = values.closesAt;
  if (typeof closesAt === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(closesAt)) values.closesAt = `${closesAt}:00Z`;
  return values;
};

export const openVoteAction = defineAction({
  permission: "statements.manageVote",
  input: openVoteSchema,
  read: readOpenVoteForm,
  run: ({ actor, input }) => openStatementVote({ actor, input }),
  revalidate: (input) => pagesOf(input.slug),
  message: "The vote is open and the text is frozen; members were told.",
});

export const returnToReviewAction = defineAction({
  permission: "statements.manageVote",
  input: stageStepSchema,
  run: ({ actor, input }) => returnToReview({ actor, input }),
  revalidate: (input) => pagesOf(input.slug),
  message: "Back in review: the text can be edited again, and votes cast so far will be on an earlier text.",
});

export const closeVoteAction = defineAction({
  permission: "statements.manageVote",
  input: statementRefSchema,
  run: ({ actor, input }) => closeStatementVote({ actor, input }),
  revalidate: (input) => pagesOf(input.slug),
  message: "The vote is closed and its result recorded.",
});

export const publishStatementAction = defineAction({
  permission: "statements.publish",
  input: stageStepSchema,
  run: ({ actor, input }) => publishStatement({ actor, input }),
  revalidate: (input) => [...pagesOf(input.slug), "/statements/feed.xml"],
  message: "Published: the statement has its permanent page, and endorsements are open.",
});

export const withdrawStatementAction = defineAction({
  permission: "statements.manageVote",
  input: stageStepSchema,
  run: ({ actor, input }) => withdrawStatement({ actor, input }),
  revalidate: (input) => pagesOf(input.slug),
  message: "The statement was withdrawn; it stays on record.",
});

export const supersedeStatementAction = defineAction({
  permission: "statements.publish",
  input: supersedeStatementSchema,
  run: ({ actor, input }) => supersedeStatement({ actor, input }),
  revalidate: (input) => [...pagesOf(input.slug), statementLink(input.supersededBySlug)],
  message: "Marked as superseded; both statements link to each other.",
});

export const restoreTextVersionAction = defineAction({
  permission: "statements.manageVote",
  input: restoreTextVersionSchema,
  run: ({ actor, input }) => restoreTextVersion({ actor, input }),
  revalidate: (input) => pagesOf(input.slug),
  message: "Restored; the text as it was before is kept as a version too.",
});

export const castVoteAction = defineAction({
  permission: "statements.vote",
  input: castVoteSchema,
  run: ({ actor, input }) => castStatementVote({ actor, input }),
  revalidate: (input) => [statementLink(input.slug)],
  message: "Your vote is recorded. You can change it until the vote closes.",
});

export const reconfirmVoteAction = defineAction({
  permission: "statements.vote",
  input: statementRefSchema,
  run: ({ actor, input }) => reconfirmVote({ actor, input }),
  revalidate: (input) => [statementLink(input.slug)],
  message: "Your vote now counts for the current text.",
});

export const declareConflictAction = defineAction({
  permission: "statements.vote",
  input: declareConflictSchema,
  run: ({ actor, input }) => declareConflict({ actor, input }),
  revalidate: (input) => [statementLink(input.slug)],
  message: "Your conflict of interest is declared: you may only abstain on this statement.",
});

export const withdrawConflictAction = defineAction({
  permission: "statements.vote",
  input: statementRefSchema,
  run: ({ actor, input }) => withdrawConflict({ actor, input }),
  revalidate: (input) => [statementLink(input.slug)],
  message: "Your declaration was withdrawn.",
});

export const withdrawObjectionAction = defineAction({
  permission: "statements.vote",
  input: objectionRefSchema.extend(onStatement),
  run: ({ actor, input }) => withdrawObjection({ actor, input }),
  revalidate: (input) => [statementLink(input.slug)],
  message: "Your block is withdrawn.",
});

export const answerObjectionAction = defineAction({
  permission: "statements.manageVote",
  input: objectionAnswerSchema.extend(onStatement),
  run: ({ actor, input }) => answerObjection({ actor, input }),
  revalidate: (input) => [statementLink(input.slug)],
  message: "Answered and marked addressed; its author was told and may dispute it.",
});

export const disputeObjectionAction = defineAction({
  permission: "statements.vote",
  input: objectionDisputeSchema.extend(onStatement),
  run: ({ actor, input }) => disputeObjection({ actor, input }),
  revalidate: (input) => [statementLink(input.slug)],
  message: "Your block is open again, with your reply.",
});

export const overruleObjectionAction = defineAction({
  permission: "statements.manageVote",
  input: objectionOverruleSchema.extend(onStatement),
  run: ({ actor, input }) => overruleObjection({ actor, input }),
  revalidate: (input) => [statementLink(input.slug)],
  message: "The block is overruled, with the group's decision on record.",
});

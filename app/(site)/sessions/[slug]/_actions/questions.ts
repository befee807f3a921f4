"use server";

import { defineAction } from "@/lib/define-action";
import { askQuestion } from "@/lib/questions/ask-question";
import { moderateQuestion } from "@/lib/questions/moderate-question";
import { askQuestionSchema, moderateQuestionSchema, questionsNeedApprovalSchema, questionVoteSchema } from "@/lib/questions/schemas";
import { setQuestionsNeedApproval } from "@/lib/questions/set-questions-need-approval";
import { toggleQuestionVote } from "@/lib/questions/toggle-question-vote";

/**
 * The Q&A's Server Actions. Each returns the changed item as the caller now
 * sees it, so the panel shows the change at once; everyone else (and the
 * caller's other tabs) hears of it on the live channel.
 */

const firstProblem = (error: { issues: { message: string }[] }) => error.issues[0]?.message;

export const askQuestionAction = defineAction({
  permission: "questions.ask",
  input: askQuestionSchema,
  invalidMessage: firstProblem,
  run: ({ actor, input }) => askQuestion({ actor, ...input }),
});

export const voteOnQuestionAction = defineAction({
  permission: "questions.vote",
  input: questionVoteSchema,
  run: ({ actor, input }) => toggleQuestionVote({ actor, ...input }),
});

export const moderateQuestionAction = defineAction({
  permission: "questions.moderate",
  input: moderateQuestionSchema,
  invalidMessage: firstProblem,
  run: ({ actor, input }) => moderateQuestion({ actor, ...input }),
});

export const setQuestionsNeedApprovalAction = defineAction({
  permission: "questions.moderate",
  input: questionsNeedApprovalSchema,
  run: ({ actor, input }) => setQuestionsNeedApproval({ actor, ...input }),
});

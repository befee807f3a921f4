"use server";

import { invalidInput, resultOf, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import type { LiveAgendaState, LiveQuestion } from "@/lib/live/live-types";
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

export async function askQuestionAction(input: unknown): Promise<ActionResult<LiveQuestion>> {
  const parsed = askQuestionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, parsed.error.issues[0]?.message);
  const actor = await getCurrentActor();
  return resultOf(() => askQuestion({ actor, ...parsed.data }));
}

export async function voteOnQuestionAction(input: unknown): Promise<ActionResult<LiveQuestion>> {
  const parsed = questionVoteSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await getCurrentActor();
  return resultOf(() => toggleQuestionVote({ actor, ...parsed.data }));
}

export async function moderateQuestionAction(input: unknown): Promise<ActionResult<LiveQuestion>> {
  const parsed = moderateQuestionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, parsed.error.issues[0]?.message);
  const actor = await getCurrentActor();
  return resultOf(() => moderateQuestion({ actor, ...parsed.data }));
}

export async function setQuestionsNeedApprovalAction(input: unknown): Promise<ActionResult<{ agenda: LiveAgendaState; serverTime: string }>> {
  const parsed = questionsNeedApprovalSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await getCurrentActor();
  return resultOf(() => setQuestionsNeedApproval({ actor, ...parsed.data }));
}

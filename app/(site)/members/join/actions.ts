"use server";

import { defineAction } from "@/lib/define-action";
import { answerMembershipQuestion } from "@/lib/membership/answer-membership-question";
import { requestMembership } from "@/lib/membership/request-membership";
import { membershipMessageInputSchema, membershipRequestInputSchema, membershipRequestRefSchema } from "@/lib/membership/schemas";
import { withdrawMembershipRequest } from "@/lib/membership/withdraw-membership-request";

/** An open request already there, or a decline's cool-down, comes back as CONFLICT (the cool-down's end in `error.current`). */
export const requestMembershipAction = defineAction({
  permission: "membership.request",
  input: membershipRequestInputSchema,
  run: ({ actor, input }) => requestMembership({ actor, input }),
  revalidate: () => ["/members/join", "/members/requests"],
  message: "Your request was sent to the chairs. You will be notified of their answer.",
});

export const withdrawMembershipRequestAction = defineAction({
  permission: "membership.withdraw",
  input: membershipRequestRefSchema,
  run: ({ actor, input }) => withdrawMembershipRequest({ actor, requestId: input.requestId }),
  revalidate: () => ["/members/join", "/members/requests"],
  message: "Your request was withdrawn.",
});

export const answerMembershipQuestionAction = defineAction({
  permission: "membership.answer",
  input: membershipMessageInputSchema,
  run: ({ actor, input }) => answerMembershipQuestion({ actor, ...input }),
  revalidate: () => ["/members/join", "/members/requests"],
  message: "Your answer was sent to the chairs.",
});

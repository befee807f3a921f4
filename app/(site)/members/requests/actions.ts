"use server";

import { defineAction } from "@/lib/define-action";
import { approveMembershipRequest } from "@/lib/membership/approve-membership-request";
import { askAboutMembershipRequest } from "@/lib/membership/ask-about-membership-request";
import { declineMembershipRequest } from "@/lib/membership/decline-membership-request";
import { declineMembershipRequestSchema, membershipMessageInputSchema, membershipRequestRefSchema } from "@/lib/membership/schemas";

/** Another chair's decision first comes back as CONFLICT with the request as they left it in `error.current`. */
export const approveMembershipRequestAction = defineAction({
  permission: "membership.decide",
  input: membershipRequestRefSchema,
  run: ({ actor, input }) => approveMembershipRequest({ actor, requestId: input.requestId }),
  revalidate: () => ["/members/requests", "/members/join"],
  message: "Approved: they are now a member, and have been told.",
});

export const declineMembershipRequestAction = defineAction({
  permission: "membership.decide",
  input: declineMembershipRequestSchema,
  run: ({ actor, input }) => declineMembershipRequest({ actor, ...input }),
  revalidate: () => ["/members/requests", "/members/join"],
  message: "Declined: they have been told, with your reason.",
});

export const askAboutMembershipRequestAction = defineAction({
  permission: "membership.decide",
  input: membershipMessageInputSchema,
  run: ({ actor, input }) => askAboutMembershipRequest({ actor, ...input }),
  revalidate: () => ["/members/requests", "/members/join"],
  message: "Your question was sent; their answer will appear here.",
});

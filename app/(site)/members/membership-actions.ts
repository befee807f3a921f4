"use server";

import { z } from "zod";
import { defineAction } from "@/lib/define-action";
import { leaveMembership } from "@/lib/membership/leave-membership";
import { reaffirmMembership } from "@/lib/membership/reaffirm-membership";
import { memberRefSchema, suspendMemberSchema } from "@/lib/membership/schemas";
import { liftSuspension, suspendMember } from "@/lib/membership/suspend-member";

/** The directory, member pages and the header's roles all change when a membership does. */
const membershipPages = () => [{ path: "/members", type: "layout" as const }];

export const reaffirmMembershipAction = defineAction({
  permission: "membership.reaffirm",
  input: z.object({}),
  run: ({ actor }) => reaffirmMembership({ actor }),
  revalidate: membershipPages,
  message: "Thank you: you count as active again.",
});

export const leaveMembershipAction = defineAction({
  permission: "membership.leave",
  input: z.object({ confirm: z.literal("leave", { message: "Tick the box to confirm that you are leaving." }) }),
  run: ({ actor }) => leaveMembership({ actor }),
  revalidate: membershipPages,
  message: "You have left the working group. What you contributed stays, under your name.",
});

export const suspendMemberAction = defineAction({
  permission: "membership.suspend",
  input: suspendMemberSchema,
  run: ({ actor, input }) => suspendMember({ actor, ...input }),
  revalidate: membershipPages,
  message: "Suspended: they have been told, with your reason.",
});

export const liftSuspensionAction = defineAction({
  permission: "membership.suspend",
  input: memberRefSchema,
  run: ({ actor, input }) => liftSuspension({ actor, ...input }),
  revalidate: membershipPages,
  message: "Suspension lifted: they are an active member again.",
});

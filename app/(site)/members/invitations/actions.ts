"use server";

import { defineAction } from "@/lib/define-action";
import { acceptInvitation } from "@/lib/membership/accept-invitation";
import { inviteMember } from "@/lib/membership/invite-member";
import { resendInvitation } from "@/lib/membership/resend-invitation";
import { revokeInvitation } from "@/lib/membership/revoke-invitation";
import { acceptInvitationInputSchema, invitationInputSchema, invitationRefSchema } from "@/lib/membership/schemas";

const linkMessage = ({ isEmailed }: { isEmailed: boolean }) =>
  isEmailed ? "The invitation was emailed. The link is below too, shown only now." : "Email is not set up on this site: send the person the link below yourself. It is shown only now.";

export const inviteMemberAction = defineAction({
  permission: "membership.invite",
  input: invitationInputSchema,
  run: ({ actor, input }) => inviteMember({ actor, input }),
  revalidate: () => ["/members/invitations"],
  message: (_input, result) => linkMessage(result),
});

export const resendInvitationAction = defineAction({
  permission: "membership.invite",
  input: invitationRefSchema,
  run: ({ actor, input }) => resendInvitation({ actor, invitationId: input.invitationId }),
  revalidate: () => ["/members/invitations"],
  message: (_input, result) => `A new link was made; the old one no longer works. ${linkMessage(result)}`,
});

export const revokeInvitationAction = defineAction({
  permission: "membership.invite",
  input: invitationRefSchema,
  run: ({ actor, input }) => revokeInvitation({ actor, invitationId: input.invitationId }),
  revalidate: () => ["/members/invitations"],
  message: "The invitation was revoked: its link no longer works.",
});

/** The invited person's pre-filled request: approved on submit, then they see their membership on /members/join. */
export const acceptInvitationAction = defineAction({
  permission: "membership.acceptInvitation",
  input: acceptInvitationInputSchema,
  run: ({ actor, input }) => acceptInvitation({ actor, input }),
  revalidate: () => [{ path: "/", type: "layout" }],
  redirectTo: () => "/members/join",
});

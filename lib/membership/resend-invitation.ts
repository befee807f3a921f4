import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { isEmailConfigured } from "@/lib/email/send-email";
import { conflictError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { invitationExpiry, invitationLink, invitationState, invitationViewFor, lockInvitationById, newInvitationToken } from "@/lib/membership/invitations";
import { sendInvitationInBackground } from "@/lib/membership/invite-member";
import { formatDay } from "@/lib/membership/records";

/**
 * A fresh link for an invitation not yet used (pending or expired): the old
 * link stops working, the new one works for the full period again. As with
 * a new invitation, the link is shown to the chair once and emailed when
 * SMTP is set.
 */
export async function resendInvitation({ actor, invitationId, now = new Date() }: { actor: Actor; invitationId: number; now?: Date }) {
  assertCan(actor, "membership.invite");
  const { token, tokenHash } = newInvitationToken();
  const invitation = await db.$transaction(async (tx) => {
    const locked = await lockInvitationById(tx, invitationId);
    const state = invitationState(locked, now);
    if (state === "accepted" || state === "revoked") throw conflictError(`This invitation was ${state}; it cannot be sent again. Invite the address anew.`, await invitationViewFor(tx, invitationId, now));
    await tx.membershipInvitation.update({ where: { id: invitationId }, data: { tokenHash, expiresAt: invitationExpiry(now) } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "membership.invitation.resend",
      subjectType: "membershipInvitation",
      subjectId: String(invitationId),
      subjectLabel: `invitation of ${locked.email}`,
      before: { expiresAt: locked.expiresAt.toISOString() },
      after: { expiresAt: invitationExpiry(now).toISOString() },
    });
    return invitationViewFor(tx, invitationId, now);
  });
  const link = invitationLink(token);
  const isEmailed = isEmailConfigured();
  if (isEmailed) sendInvitationInBackground(invitation.email, { url: link, inviterName: invitation.inviterName, message: invitation.message, expiresOn: formatDay(invitation.expiresAt) });
  return { invitation, link, isEmailed };
}

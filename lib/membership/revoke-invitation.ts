import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { conflictError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { invitationState, invitationViewFor, lockInvitationById } from "@/lib/membership/invitations";

/** A chair withdraws an invitation not yet used: its link stops working at once. */
export async function revokeInvitation({ actor, invitationId, now = new Date() }: { actor: Actor; invitationId: number; now?: Date }) {
  assertCan(actor, "membership.invite");
  return db.$transaction(async (tx) => {
    const invitation = await lockInvitationById(tx, invitationId);
    const state = invitationState(invitation, now);
    if (state === "accepted" || state === "revoked") throw conflictError(`This invitation was ${state} in the meantime; nothing was changed.`, await invitationViewFor(tx, invitationId, now));
    await tx.membershipInvitation.update({ where: { id: invitationId }, data: { revokedAt: now } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "membership.invitation.revoke",
      subjectType: "membershipInvitation",
      subjectId: String(invitationId),
      subjectLabel: `invitation of ${invitation.email}`,
      before: { state },
      after: { state: "revoked" },
    });
    return invitationViewFor(tx, invitationId, now);
  });
}

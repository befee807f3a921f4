import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { isEmailConfigured, sendEmail } from "@/lib/email/send-email";
import { invitationEmail } from "@/lib/email/templates";
import { AppError, conflictError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { invitationExpiry, invitationLink, invitationViewFor, newInvitationToken } from "@/lib/membership/invitations";
import { formatDay, parseOrRefuse } from "@/lib/membership/records";
import { invitationInputSchema } from "@/lib/membership/schemas";

/**
 * A chair invites a person by email. Refused for someone who is a member
 * already, and for an address with a live invitation (the chair resends or
 * revokes that one instead). The link is returned to the chair once — it is
 * not stored, only its hash — so it can be sent by hand when SMTP is not
 * set; when it is, it is also emailed, after the commit.
 */
export async function inviteMember({ actor, input, now = new Date() }: { actor: Actor; input: Record<string, unknown>; now?: Date }) {
  assertCan(actor, "membership.invite");
  const fields = parseOrRefuse(invitationInputSchema, input);
  const { token, tokenHash } = newInvitationToken();

  const invitation = await db.$transaction(async (tx) => {
    // Invitations to one address take turns, so two chairs inviting at once make one.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`membership-invitation:${fields.email}`}))`;
    const person = await tx.user.findFirst({ where: { email: { equals: fields.email, mode: "insensitive" } }, select: { membership: { select: { status: true } } } });
    if (person?.membership?.status === "ACTIVE") throw new AppError("CONFLICT", "That address belongs to a member of the working group already.", { fieldErrors: { email: ["That address belongs to a member of the working group already."] } });
    const live = await tx.membershipInvitation.findFirst({ where: { email: fields.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, select: { id: true, expiresAt: true } });
    if (live) throw conflictError(`That address has an invitation that works until ${formatDay(live.expiresAt)}. Send a new link for it, or revoke it, from the list below.`, await invitationViewFor(tx, live.id, now));

    const created = await tx.membershipInvitation.create({ data: { email: fields.email, tokenHash, invitedById: actor.userId, affiliation: fields.affiliation, message: fields.message, expiresAt: invitationExpiry(now), createdAt: now }, select: { id: true } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "membership.invite",
      subjectType: "membershipInvitation",
      subjectId: String(created.id),
      subjectLabel: `invitation of ${fields.email}`,
      after: { email: fields.email, affiliation: fields.affiliation, expiresAt: invitationExpiry(now).toISOString() },
    });
    return invitationViewFor(tx, created.id, now);
  });

  const link = invitationLink(token);
  const isEmailed = isEmailConfigured();
  if (isEmailed) sendInvitationInBackground(invitation.email, { url: link, inviterName: invitation.inviterName, message: invitation.message, expiresOn: formatDay(invitation.expiresAt) });
  return { invitation, link, isEmailed };
}

/** The chair's page does not wait for the mail server; a failure is logged, and the link is on their screen anyway. */
export function sendInvitationInBackground(to: string, content: Parameters<typeof invitationEmail>[0]) {
  void sendEmail({ to, ...invitationEmail(content) }).catch((error: unknown) => console.error("[membership] sending an invitation failed:", error));
}

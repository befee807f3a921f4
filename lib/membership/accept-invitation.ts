import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { assertCan, roleFromStored, storedFromRole, type Actor } from "@/lib/permissions";
import { lockInvitationByToken, refuseUnlessUsable } from "@/lib/membership/invitations";
import { admitMember, membershipRequestViewFor, notifyRequester, parseOrRefuse, refuseUnknownAreas } from "@/lib/membership/records";
import { acceptInvitationInputSchema } from "@/lib/membership/schemas";

export const wrongPersonMessage = (email: string) => `This invitation is for ${email}, and you are signed in as someone else. Sign out, then open the link again to continue as ${email}.`;

/**
 * The invited person submits the pre-filled request: it is made and approved
 * at once, since the invitation was the decision. The request's decider and
 * the audit entry are the inviting chair's. The invitation's row is locked
 * first, so of two submits at once the second finds it used and is refused;
 * any refusal leaves everything as it was.
 */
export async function acceptInvitation({ actor, input, now = new Date() }: { actor: Actor; input: Record<string, unknown>; now?: Date }) {
  assertCan(actor, "membership.acceptInvitation");
  const { token, ...fields } = parseOrRefuse(acceptInvitationInputSchema, input);
  await refuseUnknownAreas(fields.areas);
  const userId = actor.userId!;

  const { view, notifications } = await db.$transaction(async (tx) => {
    const invitation = await lockInvitationByToken(tx, token);
    refuseUnlessUsable(invitation, now);
    const { id: invitationId, email, invitedById } = invitation!;
    const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, role: true, membership: { select: { status: true } } } });
    if (person.email?.toLowerCase() !== email) throw new AppError("FORBIDDEN", wrongPersonMessage(email));
    if (person.membership?.status === "ACTIVE") throw new AppError("CONFLICT", "You are already a member of the working group.");
    if (person.membership?.status === "SUSPENDED") throw new AppError("FORBIDDEN", "Your membership is suspended; the chairs can lift the suspension.");

    // A request of theirs still waiting is overtaken by the invitation (one open request per person).
    await tx.membershipRequest.updateMany({ where: { userId, status: "PENDING" }, data: { status: "WITHDRAWN", version: { increment: 1 } } });
    const role = person.role === storedFromRole.user ? storedFromRole.member : person.role;
    const request = await tx.membershipRequest.create({
      data: { userId, ...fields, areas: [...new Set(fields.areas)].sort(), status: "APPROVED", decidedById: invitedById, decidedAt: now, createdAt: now },
      select: { id: true },
    });
    if (role !== person.role) await tx.user.update({ where: { id: userId }, data: { role } });
    await admitMember(tx, request.id, now);
    await tx.membershipInvitation.update({ where: { id: invitationId }, data: { acceptedAt: now, acceptedById: userId, requestId: request.id } });
    await recordAuditEvent(tx, {
      actorId: invitedById,
      action: "membership.invitation.accept",
      subjectType: "membershipRequest",
      subjectId: String(request.id),
      subjectLabel: `membership request of ${person.name ?? email}`,
      before: { status: null, role: roleFromStored[person.role], invitation: "pending" },
      after: { status: "APPROVED", role: roleFromStored[role], invitation: "accepted", invitationId },
    });
    const notifications = await notifyRequester(tx, userId, { kind: "membership.approved", title: "Welcome to the working group", body: "You accepted the chairs' invitation: you are now a member." });
    return { view: await membershipRequestViewFor(tx, request.id, actor), notifications };
  });
  emailNotificationsInBackground(notifications);
  return view;
}

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { assertCan, canDecideMembershipRequest, refuseUnless, roleFromStored, storedFromRole, type Actor } from "@/lib/permissions";
import { admitMember, lockMembershipRequest, membershipRequestViewFor, notifyRequester, requestNoLongerOpen } from "@/lib/membership/records";

export const ownRequestRefusal = "A chair cannot decide their own request; another chair will.";

/**
 * A chair approves an open request: it is marked approved and the person
 * becomes a member, in one transaction with the audit entry and their
 * notification. The row is locked first, so of two chairs deciding at once
 * the second finds it decided and gets a CONFLICT carrying that decision.
 */
export async function approveMembershipRequest({ actor, requestId, now = new Date() }: { actor: Actor; requestId: number; now?: Date }) {
  assertCan(actor, "membership.decide");
  const { view, notifications } = await db.$transaction(async (tx) => {
    const request = await lockMembershipRequest(tx, actor, requestId);
    refuseUnless(actor, canDecideMembershipRequest(actor, request), ownRequestRefusal);
    if (request.status !== "PENDING") throw requestNoLongerOpen(await membershipRequestViewFor(tx, requestId, actor));

    const person = await tx.user.findUniqueOrThrow({ where: { id: request.userId }, select: { name: true, role: true } });
    // A person made a chair or admin while their request waited keeps that role.
    const role = person.role === storedFromRole.user ? storedFromRole.member : person.role;
    await tx.membershipRequest.update({ where: { id: requestId }, data: { status: "APPROVED", decidedById: actor.userId, decidedAt: now, version: { increment: 1 } } });
    if (role !== person.role) await tx.user.update({ where: { id: request.userId }, data: { role } });
    await admitMember(tx, requestId, now);
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "membership.approve",
      subjectType: "membershipRequest",
      subjectId: String(requestId),
      subjectLabel: `membership request of ${person.name ?? "a person"}`,
      before: { status: "PENDING", role: roleFromStored[person.role] },
      after: { status: "APPROVED", role: roleFromStored[role] },
    });
    const notifications = await notifyRequester(tx, request.userId, { kind: "membership.approved", title: "Welcome to the working group", body: "Your request to join was approved: you are now a member." });
    return { view: await membershipRequestViewFor(tx, requestId, actor), notifications };
  });
  emailNotificationsInBackground(notifications);
  return view;
}

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { assertCan, canSuspendMember, refuseUnless, type Actor } from "@/lib/permissions";
import { lockMembership, membershipChangedMeanwhile, notAMember, type LockedMembership } from "@/lib/membership/membership-state";
import { notifyRequester, parseOrRefuse } from "@/lib/membership/records";
import { memberRefSchema, suspendMemberSchema } from "@/lib/membership/schemas";

const cannotSuspend = "Chairs suspend members, never themselves, another chair or an admin.";

/**
 * A chair suspends an active member with a reason the member sees. The
 * member keeps their stored role but acts as a signed-in user from their
 * next request (policyRoleOf): no member-only notes, drafts or votes.
 * `version` is the membership as the chair saw it, so of two chairs acting
 * at once the second is told what the first did.
 */
export async function suspendMember({ actor, now = new Date(), ...input }: { actor: Actor; userId: string; version: number; reason: string; now?: Date }) {
  assertCan(actor, "membership.suspend");
  const { userId, version, reason } = parseOrRefuse(suspendMemberSchema, input);
  const notifications = await db.$transaction(async (tx) => {
    const membership = await lockedForChair(tx, actor, userId, version);
    if (membership.status !== "ACTIVE") throw new AppError("CONFLICT", membership.status === "SUSPENDED" ? "This member is already suspended." : "This person has left the group.");
    await tx.membership.update({ where: { userId }, data: { status: "SUSPENDED", suspendedAt: now, suspendedById: actor.userId, suspensionReason: reason, version: { increment: 1 } } });
    await auditSuspension(tx, actor, membership, "membership.suspend", "SUSPENDED", reason);
    return notifyRequester(tx, userId, { link: "/members/me", kind: "membership.suspended", title: "Your membership was suspended", body: `${reason}\n\nWhile suspended you cannot vote or edit drafts. Write to the chairs if you think this is wrong.` });
  });
  emailNotificationsInBackground(notifications);
  return { status: "SUSPENDED" as const };
}

/** A chair lifts a suspension: the member is active again, from now. */
export async function liftSuspension({ actor, now = new Date(), ...input }: { actor: Actor; userId: string; version: number; now?: Date }) {
  assertCan(actor, "membership.suspend");
  const { userId, version } = parseOrRefuse(memberRefSchema, input);
  const notifications = await db.$transaction(async (tx) => {
    const membership = await lockedForChair(tx, actor, userId, version);
    if (membership.status !== "SUSPENDED") throw new AppError("CONFLICT", "This member is not suspended.");
    await tx.membership.update({ where: { userId }, data: { status: "ACTIVE", suspendedAt: null, suspendedById: null, suspensionReason: null, lastActiveAt: now, version: { increment: 1 } } });
    await auditSuspension(tx, actor, membership, "membership.unsuspend", "ACTIVE", null);
    return notifyRequester(tx, userId, { link: "/members/me", kind: "membership.unsuspended", title: "Your suspension was lifted", body: "You are an active member again." });
  });
  emailNotificationsInBackground(notifications);
  return { status: "ACTIVE" as const };
}

async function lockedForChair(tx: DatabaseTransaction, actor: Actor, userId: string, version: number): Promise<LockedMembership> {
  const membership = await lockMembership(tx, userId);
  if (!membership) throw notAMember();
  refuseUnless(actor, canSuspendMember(actor, membership), cannotSuspend);
  if (membership.version !== version) throw membershipChangedMeanwhile(membership);
  return membership;
}

function auditSuspension(tx: DatabaseTransaction, actor: Actor, membership: LockedMembership, action: string, status: string, reason: string | null) {
  return recordAuditEvent(tx, {
    actorId: actor.userId,
    action,
    subjectType: "membership",
    subjectId: membership.userId,
    subjectLabel: `membership of ${membership.name ?? "a person"}`,
    before: { status: membership.status },
    after: { status },
    reason,
  });
}

import { can, type Actor } from "@/lib/permissions/can";

/** Who may read a membership request (and its thread): the person who sent it, and the chairs. Anyone else is told it does not exist. */
export function canReadMembershipRequest(actor: Actor, request: { userId: string }): boolean {
  return can(actor, "membership.readRequests") || can(actor, "membership.readOwnRequest", { ownerId: request.userId });
}

/** Chairs decide requests, but never their own (a chair's own request would only exist from before they were appointed). */
export function canDecideMembershipRequest(actor: Actor, request: { userId: string }): boolean {
  return can(actor, "membership.decide") && actor.userId !== request.userId;
}

/**
 * Chairs (and admins) suspend members, never themselves, a chair or an
 * admin: a chair's standing is the admins' to change first, so no chair can
 * silence another.
 */
export function canSuspendMember(actor: Actor, member: { userId: string; storedRole: string }): boolean {
  return can(actor, "membership.suspend") && actor.userId !== member.userId && member.storedRole === "MEMBER";
}

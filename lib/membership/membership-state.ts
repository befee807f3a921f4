import type { Database, DatabaseTransaction } from "@/lib/db";
import { AppError, conflictError } from "@/lib/errors";
import type { MembershipStatus } from "@/lib/generated/prisma/enums";
import { inactiveSince, isInactive } from "@/lib/membership/activity";

type Client = Database | DatabaseTransaction;

/** A member's state as the lifecycle rules read it, with their stored role and name. */
export interface LockedMembership {
  userId: string;
  status: MembershipStatus;
  version: number;
  lastActiveAt: Date;
  storedRole: "USER" | "MEMBER" | "CHAIR" | "ADMIN";
  name: string | null;
}

/**
 * A membership's row locked until the transaction ends, so that a member
 * leaving while a chair suspends them, or two chairs suspending at once,
 * take turns and the second sees what the first did.
 */
export async function lockMembership(tx: DatabaseTransaction, userId: string): Promise<LockedMembership | null> {
  const [row] = await tx.$queryRaw<LockedMembership[]>`
    SELECT m."userId", m.status::text AS status, m.version, m."lastActiveAt", u.role::text AS "storedRole", u.name
    FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."userId" = ${userId} FOR UPDATE OF m`;
  return row ?? null;
}

export const notAMember = () => new AppError("NOT_FOUND", "That person is not a member of the working group.");

const statusWords: Record<MembershipStatus, string> = { ACTIVE: "is active", SUSPENDED: "is suspended", LEFT: "has left the group" };

/** The membership changed since the form was drawn (another chair, or the member): nothing was changed, and the page shows it as it is. */
export function membershipChangedMeanwhile(current: LockedMembership) {
  return conflictError(`This membership changed in the meantime (it ${statusWords[current.status]} now); nothing was changed.`, { status: current.status, version: current.version });
}

/** What /members/me shows about the viewer's own membership. */
export async function readOwnMembershipState(client: Client, userId: string, inactiveAfterMonths: number, now: Date) {
  const membership = await client.membership.findUnique({
    where: { userId },
    select: { status: true, version: true, joinedAt: true, lastActiveAt: true, reaffirmedAt: true, suspendedAt: true, suspensionReason: true, leftAt: true, isPublicListingConsented: true, affiliation: true, country: true },
  });
  if (!membership) return null;
  const lapsesOn = inactiveSince(membership.lastActiveAt, inactiveAfterMonths);
  return { ...membership, lapsesOn, isInactive: membership.status === "ACTIVE" && isInactive(membership.lastActiveAt, inactiveAfterMonths, now) };
}
export type OwnMembershipState = NonNullable<Awaited<ReturnType<typeof readOwnMembershipState>>>;

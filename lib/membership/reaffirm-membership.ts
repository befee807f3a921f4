import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { lockMembership, notAMember } from "@/lib/membership/membership-state";

/**
 * One click that says "I am still here": the member is active from now for
 * the charter's inactivity period, and counts for quorum again. Refused while
 * suspended (lifting is the chairs') and after leaving (asking to join is).
 */
export async function reaffirmMembership({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "membership.reaffirm");
  const userId = actor.userId!;
  return db.$transaction(async (tx) => {
    const membership = await lockMembership(tx, userId);
    if (!membership) throw notAMember();
    if (membership.status === "SUSPENDED") throw new AppError("FORBIDDEN", "Your membership is suspended; only the chairs can lift it.");
    if (membership.status === "LEFT") throw new AppError("CONFLICT", "You left the working group; ask to join again instead.");
    await tx.membership.update({ where: { userId }, data: { lastActiveAt: now, reaffirmedAt: now, version: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actorId: userId,
      action: "membership.reaffirm",
      subjectType: "membership",
      subjectId: userId,
      subjectLabel: `membership of ${membership.name ?? "a person"}`,
      before: { lastActiveAt: membership.lastActiveAt.toISOString() },
      after: { lastActiveAt: now.toISOString() },
    });
    return { reaffirmedAt: now };
  });
}

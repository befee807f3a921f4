import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, roleFromStored, type Actor } from "@/lib/permissions";
import { lockMembership, notAMember } from "@/lib/membership/membership-state";

/**
 * A member leaves the group, at any time and also while suspended. Their
 * membership is kept as LEFT (so the directory can say so and nothing they
 * did loses its author): votes, edits, reports and comments stay as cast.
 * A member or chair becomes a signed-in user; an admin stays an admin.
 * They may ask to join again later, with no cool-down.
 */
export async function leaveMembership({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "membership.leave");
  const userId = actor.userId!;
  return db.$transaction(async (tx) => {
    const membership = await lockMembership(tx, userId);
    if (!membership) throw notAMember();
    if (membership.status === "LEFT") throw new AppError("CONFLICT", "You already left the working group.");
    const role = membership.storedRole === "ADMIN" ? "ADMIN" : "USER";
    await tx.membership.update({ where: { userId }, data: { status: "LEFT", leftAt: now, version: { increment: 1 } } });
    if (role !== membership.storedRole) await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAuditEvent(tx, {
      actorId: userId,
      action: "membership.leave",
      subjectType: "membership",
      subjectId: userId,
      subjectLabel: `membership of ${membership.name ?? "a person"}`,
      before: { status: membership.status, role: roleFromStored[membership.storedRole] },
      after: { status: "LEFT", role: roleFromStored[role] },
    });
    return { status: "LEFT" as const };
  });
}

import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, roleFromStored, roleLabels, storedFromRole, type Actor } from "@/lib/permissions";

export const changeUserRoleSchema = z.object({
  userId: z.string().min(1).max(40),
  role: z.enum(["user", "member", "chair", "admin"], { message: "Choose one of user, member, chair or admin." }),
  reason: z.string().trim().max(500, { message: "Keep the reason under 500 characters." }).optional(),
});
export type ChangeUserRoleInput = z.infer<typeof changeUserRoleSchema>;

/**
 * Gives a person another role. Admins only, never on themselves (another admin
 * must, so nobody locks the site out by accident). Written to the audit log in
 * the same transaction; refused if someone else changed the role meanwhile.
 */
export async function changeUserRole({ actor, ...input }: { actor: Actor } & ChangeUserRoleInput) {
  assertCan(actor, "users.changeRole");
  if (actor.userId === input.userId) {
    throw new AppError("FORBIDDEN", "You cannot change your own role; ask another admin.");
  }
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, name: true, email: true, role: true, membership: { select: { status: true } } } });
    if (!person) throw new AppError("NOT_FOUND", "That person does not exist.");
    const from = roleFromStored[person.role];
    if (from === input.role) {
      throw new AppError("INVALID_INPUT", `${person.name ?? person.email ?? "This person"} already is ${roleLabels[from].toLowerCase()}.`);
    }
    const refusal = membershipRefusal(person.membership?.status ?? null, input.role);
    if (refusal) throw new AppError("INVALID_INPUT", refusal);
    const updated = await tx.user.updateMany({ where: { id: person.id, role: person.role }, data: { role: storedFromRole[input.role] } });
    if (updated.count === 0) throw new AppError("CONFLICT", "Someone else changed this person's role just now. Reload and try again.");
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "user.role.change",
      subjectType: "user",
      subjectId: person.id,
      subjectLabel: person.name ?? person.email,
      before: { role: from },
      after: { role: input.role },
      reason: input.reason || null,
    });
    return { userId: person.id, from, to: input.role };
  });
}

type MembershipStatusOrNone = "ACTIVE" | "SUSPENDED" | "LEFT" | null;

/** The roles the admins' form offers for a person: their own, and those the membership rules below allow. */
export function assignableRoles(current: ChangeUserRoleInput["role"], membership: MembershipStatusOrNone): ChangeUserRoleInput["role"][] {
  return changeUserRoleSchema.shape.role.options.filter((role) => role === current || membershipRefusal(membership, role) === null);
}

/**
 * Membership comes from joining, not from this form: admins appoint chairs
 * among active members and remove them (back to member), and grant or
 * remove admin. Making someone a member by hand, or ending a membership by
 * making them a user, would skip the chairs' decision or the member's own.
 */
function membershipRefusal(membership: MembershipStatusOrNone, to: ChangeUserRoleInput["role"]): string | null {
  const isMember = membership === "ACTIVE" || membership === "SUSPENDED";
  if (to === "chair" && membership !== "ACTIVE") return membership === "SUSPENDED" ? "A suspended member cannot be a chair; a chair must lift the suspension first." : "Only an active member can be a chair: they ask to join at /members/join and the chairs decide first.";
  if (to === "member" && !isMember) return "Membership comes from joining: they ask at /members/join and the chairs decide.";
  if (to === "user" && isMember) return "To end a membership the member leaves, or a chair suspends them; make them a member instead to remove another role.";
  return null;
}

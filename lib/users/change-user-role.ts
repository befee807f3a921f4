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
    const person = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, name: true, email: true, role: true } });
    if (!person) throw new AppError("NOT_FOUND", "That person does not exist.");
    const from = roleFromStored[person.role];
    if (from === input.role) {
      throw new AppError("INVALID_INPUT", `${person.name ?? person.email ?? "This person"} already is ${roleLabels[from].toLowerCase()}.`);
    }
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

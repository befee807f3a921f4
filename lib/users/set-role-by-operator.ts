import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { roleFromStored, storedFromRole, type SignedInRole } from "@/lib/permissions";

/**
 * Sets a role from the server's command line — how a new deployment gets its
 * first admin. Whoever can run commands on the server is trusted; the change
 * is audited with no actor and says where it came from.
 */
export async function setRoleByOperator({ email, role }: { email: string; role: SignedInRole }) {
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, name: true, email: true, role: true } });
    if (!person) throw new AppError("NOT_FOUND", `Nobody has signed in as ${email} yet. Sign in once, then run this again.`);
    const from = roleFromStored[person.role];
    if (from === role) return { changed: false, from, to: role };
    await tx.user.update({ where: { id: person.id }, data: { role: storedFromRole[role] } });
    // The first chairs of a new deployment are appointed here, before anyone can approve a request: they become members with an empty, unlisted entry to fill in.
    if (role === "member" || role === "chair") {
      await tx.membership.upsert({ where: { userId: person.id }, create: { userId: person.id, affiliation: "", affiliationKind: "other", roleAtAffiliation: "", country: "", areas: [] }, update: { status: "ACTIVE" } });
    }
    await recordAuditEvent(tx, {
      actorId: null,
      action: "user.role.change",
      subjectType: "user",
      subjectId: person.id,
      subjectLabel: person.name ?? person.email,
      before: { role: from },
      after: { role },
      reason: "Set from the server's command line",
    });
    return { changed: true, from, to: role };
  });
}

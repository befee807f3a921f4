import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";

export async function getAdminOverview({ actor }: { actor: Actor }) {
  assertCan(actor, "admin.access");
  const [people, admins, auditEntries] = await Promise.all([db.user.count(), db.user.count({ where: { role: "ADMIN" } }), db.auditLog.count()]);
  return { people, admins, auditEntries };
}

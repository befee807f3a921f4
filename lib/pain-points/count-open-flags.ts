import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";

/** How many flags wait for a chair; null for those who do not work the queue (they are not told). */
export async function countOpenFlags({ actor }: { actor: Actor }): Promise<number | null> {
  if (!can(actor, "painPoints.moderate")) return null;
  return db.flag.count({ where: { resolvedAt: null } });
}

import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { plannedSessionSelect, viewSessionForEditing } from "@/lib/sessions/records";
import { slugPattern } from "@/lib/sessions/slug";

/**
 * What the edit form starts from: the session as its chairs wrote it, with
 * start and end as date and time in its own zone, and the version the save
 * must still find.
 */
export async function getSessionForEditing({ actor, slug }: { actor: Actor; slug: string }) {
  assertCan(actor, "sessions.manage");
  if (!slugPattern.test(slug)) return null;
  const session = await db.bofSession.findUnique({ where: { slug }, select: plannedSessionSelect });
  return session ? viewSessionForEditing(session) : null;
}

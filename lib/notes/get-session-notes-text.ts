import { db } from "@/lib/db";
import { readNotesText } from "@/lib/notes/records";
import { readableSessionsWhere, type Actor } from "@/lib/permissions";

/** A session's notes as text, for its page's notes section; null when the actor may not read the session. */
export async function getSessionNotesText({ actor, sessionId }: { actor: Actor; sessionId: number }) {
  const session = await db.bofSession.findFirst({ where: { id: sessionId, ...readableSessionsWhere(actor) }, select: { id: true } });
  return session ? readNotesText(session.id) : null;
}

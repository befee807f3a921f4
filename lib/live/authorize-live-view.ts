import { actorFor, findSessionUser } from "@/lib/auth/session";
import { sessionTokenFromCookieHeader } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import type { LiveSessionRules } from "@/lib/live/load-live-snapshot";
import { canReadSession, type Actor } from "@/lib/permissions";
import { slugPattern } from "@/lib/sessions/slug";

/**
 * Who opens a session's live view, from the page's own sign-in cookie, and the
 * session if they may read it (null otherwise: "not found", as the page says).
 * An expired sign-in watches as a visitor; the page tells them to sign in.
 */
export async function authorizeLiveView({ slug, cookieHeader }: { slug: string; cookieHeader: string | undefined }): Promise<{ actor: Actor; session: LiveSessionRules } | null> {
  if (!slugPattern.test(slug)) return null;
  const token = sessionTokenFromCookieHeader(cookieHeader);
  const [user, session] = await Promise.all([
    token ? findSessionUser(token) : null,
    db.bofSession.findUnique({ where: { slug }, select: { id: true, visibility: true, notesEditors: true, endsAt: true } }),
  ]);
  const actor = actorFor(user);
  if (!session || !canReadSession(actor, session)) return null;
  return { actor, session };
}

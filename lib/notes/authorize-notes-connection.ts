import { actorFor, findSessionUser } from "@/lib/auth/session";
import { sessionTokenFromCookieHeader } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { recordMemberActivity } from "@/lib/membership/activity";
import { AppError } from "@/lib/errors";
import { sessionIdFromDocumentName } from "@/lib/notes/note-document";
import { canEditSessionNotes, readableSessionsWhere, type Actor } from "@/lib/permissions";

export interface NotesConnection {
  sessionId: number;
  actor: Actor;
  /** Shown to the others beside this person's cursor. */
  userName: string | null;
  canEdit: boolean;
}

/**
 * Who is connecting to a notes document and what they may do there, from the
 * same sign-in cookie and the same permission rules as the session's page.
 * A document the person may not read is "not found", as the page would be.
 */
export async function authorizeNotesConnection({ documentName, cookieHeader }: { documentName: string; cookieHeader: string | undefined }): Promise<NotesConnection> {
  const sessionId = sessionIdFromDocumentName(documentName);
  if (sessionId === null) throw new AppError("NOT_FOUND", "There is no such notes document.");
  const token = sessionTokenFromCookieHeader(cookieHeader);
  const user = token ? await findSessionUser(token) : null;
  if (token && !user) throw new AppError("UNAUTHENTICATED", "Your sign-in has expired. Sign in again to join the notes.");
  const actor = actorFor(user);
  const session = await db.bofSession.findFirst({ where: { id: sessionId, ...readableSessionsWhere(actor) }, select: { visibility: true, notesEditors: true } });
  if (!session) throw new AppError("NOT_FOUND", "There is no such notes document.");
  // Joining a session's notes is attending it, which keeps a member active (the charter's inactivity rule).
  await recordMemberActivity(db, actor.userId);
  return { sessionId, actor, userName: user?.name ?? null, canEdit: canEditSessionNotes(actor, session) };
}

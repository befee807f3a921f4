import { db } from "@/lib/db";
import { recordMemberActivity } from "@/lib/membership/activity";
import { AppError } from "@/lib/errors";
import { connectingPerson, type CollabAccess } from "@/lib/notes/collab-document-kind";
import { sessionIdFromDocumentName } from "@/lib/notes/note-document";
import { canEditSessionNotes, readableSessionsWhere } from "@/lib/permissions";

export interface NotesConnection extends CollabAccess {
  sessionId: number;
}

/**
 * Who is connecting to a notes document and what they may do there, from the
 * same sign-in cookie and the same permission rules as the session's page.
 * A document the person may not read is "not found", as the page would be.
 */
export async function authorizeNotesConnection({ documentName, cookieHeader }: { documentName: string; cookieHeader: string | undefined }): Promise<NotesConnection> {
  const sessionId = sessionIdFromDocumentName(documentName);
  if (sessionId === null) throw new AppError("NOT_FOUND", "There is no such notes document.");
  const { user, actor } = await connectingPerson(cookieHeader, "Your sign-in has expired. Sign in again to join the notes.");
  const session = await db.bofSession.findFirst({ where: { id: sessionId, ...readableSessionsWhere(actor) }, select: { visibility: true, notesEditors: true } });
  if (!session) throw new AppError("NOT_FOUND", "There is no such notes document.");
  // Joining a session's notes is attending it, which keeps a member active (the charter's inactivity rule).
  await recordMemberActivity(db, actor.userId);
  return { sessionId, actor, userName: user?.name ?? null, canEdit: canEditSessionNotes(actor, session) };
}

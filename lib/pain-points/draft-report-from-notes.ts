import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canReadSession, type Actor } from "@/lib/permissions";
import type { DraftFromNotesInput } from "@/lib/pain-points/schemas";
import { assertMayFileFromSession, draftCutoff } from "@/lib/pain-points/session-origin";
import { stripControlCharacters } from "@/lib/validation/text";

/**
 * Keeps a passage a chair selected in a session's live notes as a draft, for
 * the report form to open from (`/pain-points/new?fromDraft=<id>`): a passage
 * may be longer than an address should carry, and the form then reads the
 * session from the server rather than from what the browser says. Drafts
 * older than a day are cleared on the way.
 */
export async function draftReportFromNotes({ actor, input }: { actor: Actor; input: DraftFromNotesInput }): Promise<{ draftId: string }> {
  assertMayFileFromSession(actor);
  // The passage comes from the notes' CRDT, not from something the chair typed into a form field.
  const passage = stripControlCharacters(input.passage).trim();
  if (!passage) throw new AppError("INVALID_INPUT", "Select a passage in the notes first.");
  return db.$transaction(async (tx) => {
    const session = await tx.bofSession.findUnique({ where: { id: input.sessionId }, select: { id: true, visibility: true } });
    if (!session || !canReadSession(actor, session)) throw new AppError("NOT_FOUND", "There is no such session.");
    await tx.painPointDraft.deleteMany({ where: { createdAt: { lte: draftCutoff() } } });
    const draft = await tx.painPointDraft.create({ data: { authorId: actor.userId!, sessionId: session.id, passage }, select: { id: true } });
    return { draftId: draft.id };
  });
}

/**
 * The live notes section of a session's page. (Placeholder until the live
 * editor lands: the session pages render it where the notes belong.)
 */
export interface SessionNotesProps {
  sessionId: number;
  sessionSlug: string;
  canEdit: boolean;
  canManageRevisions: boolean;
}

export async function SessionNotes({ sessionSlug }: SessionNotesProps) {
  return (
    <section aria-labelledby="notes-heading" data-session={sessionSlug}>
      <h2 id="notes-heading" className="text-lg font-semibold">
        Notes
      </h2>
    </section>
  );
}

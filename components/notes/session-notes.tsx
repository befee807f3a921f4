import { Download, FileText, History } from "lucide-react";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { noteDocumentName } from "@/lib/notes/note-document";
import { getSessionNotesText } from "@/lib/notes/get-session-notes-text";
import { LiveDocument, liveDocumentProps } from "./live-document";
import { NotesWithPassageAction, type PassageAction } from "./notes-with-passage-action";

export interface SessionNotesProps {
  sessionId: number;
  sessionSlug: string;
  canEdit: boolean;
  canManageRevisions: boolean;
  /** For chairs: files a passage selected in the notes as a pain point (the button shows only with it). */
  passageAction?: PassageAction;
}

/** The live notes section of a session's page. */
export async function SessionNotes({ sessionId, sessionSlug, canEdit, canManageRevisions, passageAction }: SessionNotesProps) {
  const user = await getCurrentUser();
  const notes = await getSessionNotesText({ actor: actorFor(user), sessionId });
  if (!notes) return null;
  const base = `/sessions/${sessionSlug}`;
  return (
    <section aria-labelledby="notes-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="notes-heading" className="text-lg font-semibold text-ink">
            Shared notes
          </h2>
          <p className="text-sm text-muted">
            {canEdit ? "Everyone here types into the same notes; your changes are saved as you type." : user ? "The notes update live as the note-takers type." : "The notes update live. Sign in to take part."}
          </p>
        </div>
        <nav aria-label="Notes" className="flex flex-wrap gap-2">
          <Link href={`${base}/notes`} className={buttonStyles({ variant: "secondary", size: "sm" })}>
            <FileText aria-hidden className="size-4" /> Notes page
          </Link>
          <a href={`${base}/notes.md`} className={buttonStyles({ variant: "secondary", size: "sm" })} download>
            <Download aria-hidden className="size-4" /> Markdown
          </a>
          {canManageRevisions && (
            <Link href={`${base}/notes/revisions`} className={buttonStyles({ variant: "secondary", size: "sm" })}>
              <History aria-hidden className="size-4" /> Revisions
            </Link>
          )}
        </nav>
      </div>
      {passageAction ? (
        <NotesWithPassageAction editor={await liveDocumentProps({ documentName: noteDocumentName(sessionId), canEdit, initialMarkdown: notes.markdown })} sessionId={sessionId} passageAction={passageAction} />
      ) : (
        <LiveDocument documentName={noteDocumentName(sessionId)} canEdit={canEdit} initialMarkdown={notes.markdown} />
      )}
    </section>
  );
}

import { LiveDocument } from "@/components/notes/live-document";
import { statementDocumentName } from "@/lib/statements/collab/statement-document";

export interface StatementEditorProps {
  statementId: number;
  /** Whether the page offers editing (a member, the statement in draft or review); the collaboration server decides again on every edit. */
  canEdit: boolean;
  /** The statement's stored text: rendered at once, and all a page without JavaScript shows. */
  initialMarkdown: string;
}

/**
 * A statement's text in the live editor the session notes use: everyone's
 * cursors, who is here, the connection and a rendered preview. When the
 * server refuses an edit because the text is frozen for the vote, the editor
 * says so and turns read-only, keeping what it shows. The page that holds it
 * reads the statement as the viewer first; this component checks nothing.
 */
export function StatementEditor({ statementId, canEdit, initialMarkdown }: StatementEditorProps) {
  return <LiveDocument documentName={statementDocumentName(statementId)} canEdit={canEdit} initialMarkdown={initialMarkdown} textLabel="Statement text (Markdown)" />;
}

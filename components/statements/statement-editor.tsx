import type { ReactNode } from "react";
import { liveDocumentProps } from "@/components/notes/live-document";
import type { StatementComments } from "@/lib/statements/comments/list-statement-comments";
import { statementDocumentName } from "@/lib/statements/collab/statement-document";
import { StatementTextWithComments, type CommentActions } from "./statement-comments";

export interface StatementEditorProps {
  statementId: number;
  slug: string;
  /** Whether the page offers editing (a member, the statement in draft or review); the collaboration server decides again on every edit. */
  canEdit: boolean;
  /** The statement's stored text: rendered at once, and all a page without JavaScript shows. */
  initialMarkdown: string;
  /** The text section's heading, above the editor. */
  textHeader: ReactNode;
  comments: StatementComments;
  commentActions: CommentActions;
}

/**
 * A statement's text in the live editor the session notes use (everyone's
 * cursors, who is here, the connection and a rendered preview), with its
 * anchored comments below it. When the server refuses an edit because the
 * text is frozen for the vote, the editor says so and turns read-only,
 * keeping what it shows. The page that holds it reads the statement and its
 * comments as the viewer first; this component checks nothing.
 */
export async function StatementEditor({ statementId, slug, canEdit, initialMarkdown, textHeader, comments, commentActions }: StatementEditorProps) {
  const editor = await liveDocumentProps({ documentName: statementDocumentName(statementId), canEdit, initialMarkdown, textLabel: "Statement text (Markdown)" });
  return <StatementTextWithComments editor={editor} textHeader={textHeader} slug={slug} comments={comments} actions={commentActions} />;
}

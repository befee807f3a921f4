/**
 * A statement's text is one Yjs document named "statement/<statement id>",
 * served by the same collaboration server as the sessions' notes, with its
 * text in the same Y.Text field (NOTES_TEXT_FIELD, "markdown"), so that one
 * editor serves both. Shared by server and browser: no server imports here.
 */
const documentNamePattern = /^statement\/(\d{1,9})$/;

export function statementDocumentName(statementId: number): string {
  return `statement/${statementId}`;
}

/** The statement whose text a document name designates, or null for any other name. */
export function statementIdFromDocumentName(name: string): number | null {
  const match = documentNamePattern.exec(name);
  return match ? Number(match[1]) : null;
}

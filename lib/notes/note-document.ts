/**
 * Names and limits shared by the collaboration server, the editor and the
 * notes pages. A session's notes are one Yjs document named
 * "session-notes/<session id>" whose text lives in the Y.Text "markdown".
 */
export const NOTES_TEXT_FIELD = "markdown";

/** The path on the app's own origin where the collaboration WebSocket is served. */
export const COLLAB_PATH = "/collab";

/**
 * Close codes the editor explains to the person (4000–4999 are the
 * application's). `frozen`: the document takes no edits at its stage (a
 * statement under vote); the editor turns read-only and keeps what it shows.
 * `rightsChanged`: what the person may do changed (a statement's stage); the
 * client reconnects and is told its new rights.
 */
export const collabCloseCodes = { rightsChanged: 4409, malformed: 4400, tooLarge: 4413, frozen: 4423, tooFast: 4429 } as const;

export const noteLimits = {
  /** A document's Yjs state may not grow past this. */
  maxDocumentBytes: 2 * 1024 * 1024,
  /** Nor may one message (a WebSocket frame). */
  maxMessageBytes: 2 * 1024 * 1024,
  /** Messages per connection: a steady rate plus a burst (fast typists send ~15 a second). */
  messagesPerSecond: 60,
  messageBurst: 300,
} as const;

const documentNamePattern = /^session-notes\/(\d{1,9})$/;

export function noteDocumentName(sessionId: number): string {
  return `session-notes/${sessionId}`;
}

/** The session whose notes a document name designates, or null for any other name. */
export function sessionIdFromDocumentName(name: string): number | null {
  const match = documentNamePattern.exec(name);
  return match ? Number(match[1]) : null;
}

/** "PEP 703", "PEP-703", "pep 8" → the numbers a text mentions, sorted, once each. */
export function mentionedPepNumbers(markdown: string): number[] {
  const numbers = new Set<number>();
  for (const match of markdown.matchAll(/\bPEP[\s-]?(\d{1,4})\b/gi)) numbers.add(Number(match[1]));
  return [...numbers].sort((a, b) => a - b);
}

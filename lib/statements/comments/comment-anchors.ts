import * as Y from "yjs";
import { NOTES_TEXT_FIELD } from "@/lib/notes/note-document";
import { presenceCursor } from "@/lib/notes/presence";

/**
 * Where a comment sits in a statement's live text. An anchor is a pair of Yjs
 * relative positions (the passage's first character, and its last): they name
 * characters rather than offsets, so the anchor follows the passage through
 * edits before it and grows with edits inside it. Text typed right before or
 * right after the passage stays outside it. Shared by the server (which keeps
 * and checks anchors) and the editor (which makes them from a selection and
 * highlights where they are now): no server imports here.
 */

/** An anchor as the editor sends it: two Y.RelativePosition JSON values and the text between them. */
export interface CommentAnchor {
  start: unknown;
  end: unknown;
  quote: string;
}

/** The anchor of the passage from `from` to `to` (exclusive) in the document's text, or null for an empty or impossible range. */
export function commentAnchorFor(doc: Y.Doc, from: number, to: number): CommentAnchor | null {
  const text = doc.getText(NOTES_TEXT_FIELD);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to <= from || to > text.length) return null;
  return {
    start: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, from, 0)),
    end: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, to, -1)),
    quote: text.toString().slice(from, to),
  };
}

/** The anchor's two positions rebuilt from stored or sent JSON, only their known fields; null when they are not positions. */
export function anchorPositions(anchorStart: unknown, anchorEnd: unknown) {
  const positions = presenceCursor({ anchor: anchorStart, head: anchorEnd });
  return positions ? { start: positions.anchor, end: positions.head } : null;
}

/** Where an anchored passage is in the text now, or null when it was deleted (or the anchor is not one). */
export function resolveCommentAnchor(doc: Y.Doc, anchor: { anchorStart: unknown; anchorEnd: unknown }): { from: number; to: number } | null {
  const positions = anchorPositions(anchor.anchorStart, anchor.anchorEnd);
  if (!positions) return null;
  const from = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(positions.start), doc);
  const to = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(positions.end), doc);
  if (!from || !to || to.index <= from.index) return null;
  return { from: from.index, to: to.index };
}

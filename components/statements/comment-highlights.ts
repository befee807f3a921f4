import { Compartment, EditorSelection, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, type DecorationSet } from "@codemirror/view";
import type { LiveEditor } from "@/components/notes/live-notes";
import { commentAnchorFor, resolveCommentAnchor, type CommentAnchor } from "@/lib/statements/comments/comment-anchors";

/**
 * The statement editor's part of anchored comments, loaded with the editor
 * (CodeMirror is most of the page's code): open threads' passages marked in
 * the text where their anchors are now, the member's selection reported (to
 * comment on it), a click on a marked passage reported (to show its thread),
 * and a thread's passage selected on request. Positions are recomputed from
 * the anchors whenever the text changes, by anyone: the anchor, not an
 * offset, says where a passage is.
 */

export interface HighlightedThread {
  id: number;
  anchor: { start: unknown; end: unknown };
}

export interface CommentHighlighter {
  setThreads: (threads: HighlightedThread[], activeId: number | null) => void;
  /** The anchor of the member's selection in the text, or null when nothing is selected. */
  anchorForSelection: () => CommentAnchor | null;
  /** Selects the thread's passage and scrolls to it; false when the passage is gone. */
  showPassage: (threadId: number) => boolean;
  destroy: () => void;
}

interface Passage {
  id: number;
  from: number;
  to: number;
}

const setPassages = StateEffect.define<{ passages: Passage[]; activeId: number | null }>();

const passageMarks = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setPassages)) continue;
      const { passages, activeId } = effect.value;
      const length = transaction.state.doc.length;
      next = Decoration.set(
        passages
          .filter((passage) => passage.to <= length)
          .map((passage) =>
            Decoration.mark({
              class: passage.id === activeId ? "cm-comment-passage cm-comment-passage-active" : "cm-comment-passage",
              attributes: { "data-comment-thread": String(passage.id), title: "Commented passage: click to see the thread" },
            }).range(passage.from, passage.to),
          ),
        true,
      );
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const passageTheme = EditorView.baseTheme({
  ".cm-comment-passage": { backgroundColor: "color-mix(in srgb, var(--color-warning-soft) 85%, transparent)", borderBottom: "2px solid var(--color-warning)", cursor: "pointer" },
  ".cm-comment-passage-active": { backgroundColor: "color-mix(in srgb, var(--color-warning) 30%, transparent)" },
});

export function installCommentHighlights(
  editor: LiveEditor,
  { onSelectionChange, onPassageClick, onPassagesFound }: { onSelectionChange: (range: { from: number; to: number } | null) => void; onPassageClick: (threadId: number) => void; onPassagesFound: (found: Map<number, boolean>) => void },
): CommentHighlighter {
  const { view, doc, text } = editor;
  const compartment = new Compartment();
  let threads: HighlightedThread[] = [];
  let activeId: number | null = null;
  let frame: number | null = null;

  const passageOf = (thread: HighlightedThread) => resolveCommentAnchor(doc, { anchorStart: thread.anchor.start, anchorEnd: thread.anchor.end });

  // The editor may be gone before this is told (it unmounts first).
  const isLive = () => view.dom.isConnected;

  const mark = () => {
    frame = null;
    if (!isLive()) return;
    const found = new Map<number, boolean>();
    const passages: Passage[] = [];
    for (const thread of threads) {
      const passage = passageOf(thread);
      found.set(thread.id, passage !== null);
      if (passage) passages.push({ id: thread.id, ...passage });
    }
    view.dispatch({ effects: setPassages.of({ passages, activeId }) });
    onPassagesFound(found);
  };
  // Yjs tells of a change while CodeMirror may still be applying it: mark on the next frame, once per frame.
  const markSoon = () => {
    frame ??= requestAnimationFrame(mark);
  };

  view.dispatch({
    effects: StateEffect.appendConfig.of(
      compartment.of([
        passageMarks,
        passageTheme,
        EditorView.updateListener.of((update) => {
          if (!update.selectionSet && !update.docChanged) return;
          const { from, to } = update.state.selection.main;
          onSelectionChange(from === to ? null : { from, to });
        }),
        EditorView.domEventHandlers({
          click: (event) => {
            const marked = event.target instanceof Element ? event.target.closest("[data-comment-thread]") : null;
            if (marked && view.state.selection.main.empty) onPassageClick(Number(marked.getAttribute("data-comment-thread")));
          },
        }),
      ]),
    ),
  });
  text.observe(markSoon);

  return {
    setThreads(next, nextActiveId) {
      threads = next;
      activeId = nextActiveId;
      markSoon();
    },
    anchorForSelection() {
      const { from, to } = view.state.selection.main;
      return commentAnchorFor(doc, from, to);
    },
    showPassage(threadId) {
      const thread = threads.find((candidate) => candidate.id === threadId);
      const passage = thread ? passageOf(thread) : null;
      if (!passage) return false;
      editor.showEditor();
      view.dispatch({ selection: EditorSelection.single(passage.from, passage.to), effects: EditorView.scrollIntoView(passage.from, { y: "center" }) });
      view.focus();
      return true;
    },
    destroy() {
      if (frame !== null) cancelAnimationFrame(frame);
      text.unobserve(markSoon);
      if (isLive()) view.dispatch({ effects: compartment.reconfigure([]) });
    },
  };
}

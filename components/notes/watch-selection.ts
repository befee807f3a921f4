import { Compartment, StateEffect } from "@codemirror/state";
import { EditorView } from "@codemirror/view";

/**
 * Tells whether the editor holds a selection whenever that changes (loaded
 * with the editor's code). Returns what removes the watch; the editor may be
 * gone by then (it unmounts first).
 */
export function watchSelection(view: EditorView, onChange: (hasSelection: boolean) => void): () => void {
  const compartment = new Compartment();
  onChange(!view.state.selection.main.empty);
  view.dispatch({
    effects: StateEffect.appendConfig.of(
      compartment.of(
        EditorView.updateListener.of((update) => {
          if (update.selectionSet || update.docChanged) onChange(!update.state.selection.main.empty);
        }),
      ),
    ),
  });
  return () => {
    if (view.dom.isConnected) view.dispatch({ effects: compartment.reconfigure([]) });
  };
}

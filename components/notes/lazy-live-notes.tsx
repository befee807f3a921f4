"use client";

import { lazy, Suspense, useSyncExternalStore, type ReactNode } from "react";
import type { LiveNotesProps } from "./live-notes";
import { EmptyNotesPreview, initialNotesView, NotesFrame } from "./notes-frame";

// CodeMirror, Yjs and the Markdown renderer are most of a session page's code.
// Loading them only once the page is interactive lets the rest of the page
// (the live questions and polls, links, buttons) start working first, which
// matters on phones in a crowded room.
const LiveNotes = lazy(() => import("./live-notes"));

const subscribeToNothing = () => () => {};

/**
 * The live notes, loaded after the page: until the editor's code arrives, the
 * same frame shows the notes as the server rendered them.
 */
export type LazyLiveNotesProps = LiveNotesProps & { renderedNotes: ReactNode };

export function LazyLiveNotes({ renderedNotes, ...props }: LazyLiveNotesProps) {
  // False on the server and while hydrating, true afterwards: the editor is never rendered on the server.
  const isHydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const placeholder = <NotesPlaceholder canEdit={props.canEdit} markdown={props.initialMarkdown} renderedNotes={renderedNotes} />;
  if (!isHydrated) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <LiveNotes {...props} />
    </Suspense>
  );
}

function NotesPlaceholder({ canEdit, markdown, renderedNotes }: { canEdit: boolean; markdown: string; renderedNotes: ReactNode }) {
  return (
    <NotesFrame
      connection={{ state: "connecting" }}
      participants={[]}
      canEdit={canEdit}
      view={initialNotesView(canEdit)}
      editor={<pre className="px-4 py-3 font-mono text-[0.9rem] leading-[1.6] whitespace-pre-wrap break-words text-ink">{markdown}</pre>}
      preview={renderedNotes ?? <EmptyNotesPreview canEdit={canEdit} />}
    />
  );
}

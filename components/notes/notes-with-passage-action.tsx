"use client";

import { FilePlus } from "lucide-react";
import { unstable_rethrow } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { limits } from "@/lib/pain-points/schemas";
import { stripControlCharacters } from "@/lib/validation/text";
import { LazyLiveNotes, type LazyLiveNotesProps } from "./lazy-live-notes";
import type { LiveEditor } from "./live-notes";

/** Sends the selected passage; on success the action redirects to the report form it opens. */
export type PassageAction = (input: { sessionId: number; passage: string }) => Promise<ActionResult<{ draftId: string }>>;

/**
 * A session's live notes with, for chairs, "Make a pain point from the
 * selection": the passage selected in the editor opens the report form,
 * quoted and with the session set. The passage travels to the server (kept
 * there as a draft), not in the address, since it may be long.
 */
export function NotesWithPassageAction({ editor, sessionId, passageAction }: { editor: LazyLiveNotesProps; sessionId: number; passageAction: PassageAction }) {
  const [live, setLive] = useState<LiveEditor | null>(null);
  const [hasSelection, setHasSelection] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    if (!live) return;
    let uninstall: (() => void) | null = null;
    let isCancelled = false;
    // CodeMirror's own modules come with the editor's code, which loads after the page.
    void import("./watch-selection").then(({ watchSelection }) => {
      if (isCancelled) return;
      uninstall = watchSelection(live.view, (isSelected) => {
        setHasSelection(isSelected);
        // "Select a passage first" is answered once there is one.
        if (isSelected) setMessage(null);
      });
    });
    return () => {
      isCancelled = true;
      uninstall?.();
      setHasSelection(false);
    };
  }, [live]);

  const makePainPoint = () => {
    const range = live?.view.state.selection.main;
    const passage = range && !range.empty ? stripControlCharacters(live!.view.state.sliceDoc(range.from, range.to)).trim() : "";
    if (!passage) return setMessage("Select a passage in the notes first.");
    if (passage.length > limits.passage) return setMessage(`Select a shorter passage: at most ${limits.passage.toLocaleString("en")} characters become one report (this is ${passage.length.toLocaleString("en")}).`);
    setMessage(null);
    startTransition(async () => {
      try {
        const result = await passageAction({ sessionId, passage });
        if (!result.ok) setMessage(result.error.message);
      } catch (thrown) {
        // The redirect to the report form is Next.js's to follow.
        unstable_rethrow(thrown);
        setMessage("The server could not be reached. Nothing was changed; please try again.");
      }
    });
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-dashed border-line-strong bg-surface px-3 py-2" data-testid="notes-passage-action">
        <p className="text-xs text-muted">Select words in the notes to file them as a pain point, quoted and linked to this session.</p>
        <Button type="button" size="sm" variant={hasSelection ? "primary" : "secondary"} disabled={isPending} onClick={makePainPoint} aria-describedby={message ? "notes-passage-message" : undefined}>
          <FilePlus aria-hidden className="size-4" />
          {isPending ? "Opening the form…" : "Make a pain point from the selection"}
        </Button>
      </div>
      {message ? (
        <p id="notes-passage-message" role="alert" className="text-sm font-medium text-danger">
          {message}
        </p>
      ) : null}
      <LazyLiveNotes {...editor} onEditorReady={setLive} />
    </div>
  );
}

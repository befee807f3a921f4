"use client";

import { EyeOff, Pencil, Play, Trash2 } from "lucide-react";
import { useState } from "react";
import { useSessionLive } from "@/components/live/session-live";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { UserText } from "@/components/ui/user-text";
import type { LivePoll } from "@/lib/live/live-types";
import { deletePollAction, setPollStateAction } from "../../_actions/polls";
import { useLiveAction } from "../use-live-action";
import { PollForm } from "./poll-form";

/** A chair's draft: what it will ask, and the buttons to edit, delete or open it. */
export function DraftPollCard({ poll }: { poll: LivePoll }) {
  const { snapshot } = useSessionLive();
  const action = useLiveAction();
  const [isEditing, setIsEditing] = useState(false);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const headingId = `poll-${poll.id}-question`;

  if (isEditing) return <PollForm poll={poll} onDone={() => setIsEditing(false)} />;

  return (
    <article aria-labelledby={headingId} className="space-y-2.5 rounded-lg border border-dashed border-line-strong bg-surface p-3.5" data-testid="poll" data-poll-id={poll.id} data-state="DRAFT">
      <header className="space-y-1.5">
        <div className="flex flex-wrap items-center gap-1.5 text-xs">
          <Badge tone="warning">Draft</Badge>
          <span className="text-subtle">{poll.kind === "SINGLE" ? "Choose one" : "Choose any"}</span>
          {poll.hideResultsUntilClosed ? (
            <span className="inline-flex items-center gap-1 text-subtle">
              <EyeOff aria-hidden className="size-3" /> Results hidden until closed
            </span>
          ) : null}
        </div>
        <h3 id={headingId} className="text-base leading-snug font-semibold break-words text-ink">
          <UserText>{poll.question}</UserText>
        </h3>
      </header>
      <ol className="list-inside list-decimal space-y-0.5 text-sm break-words text-muted marker:text-subtle">
        {poll.options.map((option) => (
          <li key={option.id}>
            <UserText>{option.label}</UserText>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-2 border-t border-line pt-3">
        {isConfirmingDelete ? (
          <>
            <span className="text-sm text-ink">Delete this draft?</span>
            <Button
              size="sm"
              variant="danger"
              disabled={action.isPending}
              onClick={() => action.run(() => deletePollAction({ pollId: poll.id }), { toMessage: (removed) => ({ type: "removed", kind: "poll", ...removed }) })}
            >
              Delete
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setIsConfirmingDelete(false)} disabled={action.isPending}>
              Keep it
            </Button>
          </>
        ) : (
          <>
            {!snapshot.hasEnded ? (
              <Button size="sm" disabled={action.isPending} onClick={() => action.run(() => setPollStateAction({ pollId: poll.id, state: "OPEN" }), { toMessage: (next) => ({ type: "item", kind: "poll", item: next }) })}>
                <Play aria-hidden className="size-3.5" /> Open poll
              </Button>
            ) : (
              <span className="text-xs text-subtle">The session has ended; this draft can no longer be opened.</span>
            )}
            <Button size="sm" variant="secondary" onClick={() => setIsEditing(true)} disabled={action.isPending}>
              <Pencil aria-hidden className="size-3.5" /> Edit
            </Button>
            <Button size="sm" variant="ghost" className="text-danger hover:text-danger" onClick={() => setIsConfirmingDelete(true)} disabled={action.isPending}>
              <Trash2 aria-hidden className="size-3.5" /> Delete
            </Button>
          </>
        )}
      </div>
      {action.error ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {action.error.message}
        </p>
      ) : null}
    </article>
  );
}

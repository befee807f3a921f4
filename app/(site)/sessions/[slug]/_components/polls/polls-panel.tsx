"use client";

import { Plus, Vote } from "lucide-react";
import { useState } from "react";
import { useSessionLive } from "@/components/live/session-live";
import { Button } from "@/components/ui/button";
import type { LivePoll } from "@/lib/live/live-types";
import { DraftPollCard } from "./draft-poll-card";
import { PollCard } from "./poll-card";
import { PollForm } from "./poll-form";

const newestFirst = (a: LivePoll, b: LivePoll) => b.id - a.id;
const byClosing = (a: LivePoll, b: LivePoll) => (b.closedAt ?? "").localeCompare(a.closedAt ?? "") || newestFirst(a, b);
const byOpening = (a: LivePoll, b: LivePoll) => (a.openedAt ?? "").localeCompare(b.openedAt ?? "") || a.id - b.id;

/**
 * The session's polls, live: open polls first (to vote in, with results as
 * they come in), then the chairs' drafts, then closed polls with their final
 * results. Chairs prepare polls here too. Once the session has ended it is
 * the record: the polls' results.
 */
export function PollsPanel() {
  const { snapshot, abilities } = useSessionLive();
  const [isCreating, setIsCreating] = useState(false);
  const isManager = abilities.canManagePolls;
  const isRecord = snapshot.hasEnded;

  const open = snapshot.polls.filter((poll) => poll.state === "OPEN").sort(newestFirst);
  const drafts = isManager ? snapshot.polls.filter((poll) => poll.state === "DRAFT").sort((a, b) => a.id - b.id) : [];
  // During the session the poll that closed last comes first; in the record they read in the order they were held.
  const closed = snapshot.polls.filter((poll) => poll.state === "CLOSED").sort(isRecord ? byOpening : byClosing);
  const isEmpty = open.length + drafts.length + closed.length === 0;

  return (
    <div className="space-y-4" data-testid="polls-panel">
      {/* Once the session is over nobody can vote, so there is nothing to prepare. */}
      {isManager && !isRecord ? (
        isCreating ? (
          <PollForm onDone={() => setIsCreating(false)} />
        ) : (
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-muted">Prepare a poll, then open it when the room is ready.</p>
            <Button size="sm" onClick={() => setIsCreating(true)}>
              <Plus aria-hidden className="size-4" /> New poll
            </Button>
          </div>
        )
      ) : null}

      {isRecord && !isEmpty ? <p className="rounded-lg bg-surface-muted px-3 py-2 text-sm text-muted">The session has ended: these are its polls and their results.</p> : null}

      {isEmpty && !isCreating ? (
        <div className="flex flex-col items-center rounded-lg border border-dashed border-line-strong px-4 py-8 text-center">
          <div className="mb-3 rounded-full bg-primary-soft p-2.5 text-primary">
            <Vote aria-hidden className="size-5" />
          </div>
          <p className="text-sm font-semibold text-ink">{isRecord ? "No polls were held" : "No polls yet"}</p>
          <p className="mt-1 max-w-xs text-sm text-muted">
            {isRecord
              ? "Nobody ran a poll in this session."
              : isManager
                ? "Ask the room a quick question: single or multiple choice, results live or kept hidden until you close it."
                : "When a chair opens a poll, it appears here and you can vote at once."}
          </p>
        </div>
      ) : null}

      <PollGroup label="Open polls" polls={open} isRecord={isRecord} />
      {drafts.length ? (
        <section aria-label="Drafts" className="space-y-2">
          <h3 className="text-xs font-semibold tracking-wide text-subtle uppercase">Drafts · only chairs see these</h3>
          {drafts.map((poll) => (
            <DraftPollCard key={poll.id} poll={poll} />
          ))}
        </section>
      ) : null}
      <PollGroup label="Closed polls" polls={closed} isRecord={isRecord} showHeading={open.length + drafts.length > 0} />
    </div>
  );
}

function PollGroup({ label, polls, isRecord, showHeading = false }: { label: string; polls: LivePoll[]; isRecord: boolean; showHeading?: boolean }) {
  if (!polls.length) return null;
  return (
    <section aria-label={label} className="space-y-2">
      {showHeading ? <h3 className="text-xs font-semibold tracking-wide text-subtle uppercase">{label}</h3> : null}
      {polls.map((poll) => (
        <PollCard key={poll.id} poll={poll} isRecord={isRecord} />
      ))}
    </section>
  );
}

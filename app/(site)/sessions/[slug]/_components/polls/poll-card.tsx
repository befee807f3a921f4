"use client";

import { EyeOff, Lock, LogIn, RotateCcw } from "lucide-react";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useSessionLive } from "@/components/live/session-live";
import { Badge } from "@/components/ui/badge";
import { Button, buttonStyles } from "@/components/ui/button";
import { UserText } from "@/components/ui/user-text";
import type { LivePoll } from "@/lib/live/live-types";
import { setPollStateAction, voteInPollAction } from "../../_actions/polls";
import { useLiveAction } from "../use-live-action";
import { PollOptions } from "./poll-options";

const sameChoice = (a: number[], b: number[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * An open or closed poll: the ballot while it is open and the viewer may
 * vote, its results as they come in (unless hidden until the close), and for
 * chairs the button to close it (or reopen it).
 */
export function PollCard({ poll, isRecord }: { poll: LivePoll; isRecord: boolean }) {
  const { abilities, sessionSlug } = useSessionLive();
  const vote = useLiveAction();
  const manage = useLiveAction();
  // What the viewer ticked and has not sent yet; null while it is their stored vote.
  const [draft, setDraft] = useState<number[] | null>(null);
  const [isCounted, setIsCounted] = useState(false);
  const isOpen = poll.state === "OPEN";
  const canVote = isOpen && abilities.canVoteInPolls;
  const selected = draft ?? poll.myOptionIds;
  const hasVoted = poll.myOptionIds.length > 0;
  const isUnchanged = sameChoice(selected, poll.myOptionIds);
  const headingId = `poll-${poll.id}-question`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!selected.length || isUnchanged || vote.isPending) return;
    setIsCounted(false);
    vote.run(() => voteInPollAction({ pollId: poll.id, optionIds: selected }), {
      toMessage: (next) => ({ type: "item", kind: "poll", item: next }),
      onSuccess: () => {
        setDraft(null);
        setIsCounted(true);
      },
    });
  };

  const setState = (state: "OPEN" | "CLOSED") => manage.run(() => setPollStateAction({ pollId: poll.id, state }), { toMessage: (next) => ({ type: "item", kind: "poll", item: next }) });

  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-line bg-surface p-3.5" data-testid="poll" data-poll-id={poll.id} data-state={poll.state}>
      <header className="space-y-1.5">
        <div className="flex flex-wrap items-center gap-1.5 text-xs">
          {isOpen ? (
            <Badge tone="success">
              <span aria-hidden className="mr-1 inline-block size-1.5 rounded-full bg-success" /> Open
            </Badge>
          ) : (
            <Badge tone="neutral">Closed</Badge>
          )}
          <span className="text-subtle">{poll.kind === "SINGLE" ? "Choose one" : "Choose any"}</span>
          <span aria-hidden className="text-subtle">
            ·
          </span>
          <span className="text-subtle tabular-nums" data-testid="poll-voters">
            {poll.voterCount.toLocaleString("en")} {poll.voterCount === 1 ? "person" : "people"} voted
          </span>
        </div>
        <h3 id={headingId} className="text-base leading-snug font-semibold break-words text-ink">
          <UserText>{poll.question}</UserText>
        </h3>
      </header>

      {canVote ? (
        <form onSubmit={submit} className="space-y-3" aria-labelledby={headingId} noValidate>
          <fieldset disabled={vote.isPending} className="min-w-0">
            <legend className="sr-only">{poll.kind === "SINGLE" ? "Choose one option" : "Choose one or more options"}</legend>
            <PollOptions
              poll={poll}
              selected={selected}
              isBallot
              onSelect={(ids) => {
                setDraft(ids);
                setIsCounted(false);
              }}
            />
          </fieldset>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
            <Button type="submit" size="sm" disabled={vote.isPending || !selected.length || isUnchanged}>
              {hasVoted ? "Change vote" : "Vote"}
            </Button>
            {isCounted && isUnchanged ? (
              <p role="status" className="text-sm text-success">
                Your vote is counted.
              </p>
            ) : hasVoted && isUnchanged ? (
              <p className="text-xs text-subtle">You voted. You can change your vote while the poll is open.</p>
            ) : !selected.length ? (
              <p className="text-xs text-subtle">{poll.kind === "SINGLE" ? "Choose an option." : "Choose one or more options."}</p>
            ) : null}
          </div>
          {vote.error ? (
            <p role="alert" className="text-sm font-medium text-danger">
              {vote.error.message}
            </p>
          ) : null}
        </form>
      ) : (
        <PollOptions poll={poll} selected={poll.myOptionIds} isBallot={false} />
      )}

      {!poll.resultsVisible ? (
        <p className="flex items-center gap-2 rounded-md bg-surface-muted px-2.5 py-1.5 text-xs text-muted" data-testid="results-hidden">
          <EyeOff aria-hidden className="size-3.5 shrink-0" /> Results are hidden until the poll closes.
        </p>
      ) : null}

      {isOpen && !abilities.canVoteInPolls ? (
        isRecord ? (
          <p className="text-xs text-subtle">Voting ended with the session.</p>
        ) : (
          // Everyone signed in may vote while the session runs, so only visitors get here.
          <div className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-dashed border-line-strong px-3 py-2">
            <p className="text-sm text-muted">Sign in to vote in this poll.</p>
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/sessions/${sessionSlug}`)}`} className={buttonStyles({ size: "sm" })}>
              <LogIn aria-hidden className="size-4" /> Sign in to vote
            </Link>
          </div>
        )
      ) : null}

      {abilities.canManagePolls && (isOpen || !isRecord) ? (
        <div className="flex flex-wrap items-center gap-2 border-t border-line pt-3">
          {isOpen ? (
            <Button size="sm" variant="secondary" onClick={() => setState("CLOSED")} disabled={manage.isPending}>
              <Lock aria-hidden className="size-3.5" /> Close poll
            </Button>
          ) : !isRecord ? (
            <Button size="sm" variant="ghost" onClick={() => setState("OPEN")} disabled={manage.isPending}>
              <RotateCcw aria-hidden className="size-3.5" /> Reopen
            </Button>
          ) : null}
          {isOpen && poll.hideResultsUntilClosed ? <p className="text-xs text-subtle">Only chairs see the counts until you close it.</p> : null}
          {manage.error ? (
            <p role="alert" className="w-full text-sm font-medium text-danger">
              {manage.error.message}
            </p>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

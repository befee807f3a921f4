"use client";

import { Maximize, Minimize, Pin, ThumbsUp } from "lucide-react";
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { liveConnectionLooks, useSessionLive } from "@/components/live/session-live";
import { Button } from "@/components/ui/button";
import { ConnectionStatus } from "@/components/ui/connection-status";
import { UserText } from "@/components/ui/user-text";
import type { LiveQuestion } from "@/lib/live/live-types";
import { speakerQuestions } from "@/lib/questions/question-order";
import { cn } from "@/lib/ui/cn";

/**
 * What the room sees on the projector: the pinned question large at the top,
 * then the five open questions with the most votes, live. Names of anonymous
 * askers stay hidden here even for a chair's browser (the room is watching).
 */
export function SpeakerQuestions({ title, agendaClock }: { title: string; /** The agenda item under way, if the page shows it. */ agendaClock?: ReactNode }) {
  const { snapshot, connection, sessionSlug } = useSessionLive();
  const { pinned, top } = speakerQuestions(snapshot.questions);
  const stage = useRef<HTMLDivElement>(null);
  const [isFullscreen, setIsFullscreen] = useState(false);
  // The address people type in the room, with this server's host (only known in the browser).
  const host = useSyncExternalStore(noChanges, () => window.location.host, () => "");
  const askAt = `${host}/sessions/${sessionSlug}`;

  useEffect(() => {
    const onChange = () => setIsFullscreen(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen().catch(() => {});
  };

  return (
    <div ref={stage} className={cn("flex min-h-[calc(100dvh-12rem)] flex-col gap-6 bg-canvas sm:gap-8", isFullscreen && "min-h-dvh overflow-y-auto p-6 sm:p-10")} data-testid="speaker-view">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <p className="text-sm font-medium text-primary sm:text-base">Questions from the audience</p>
          <h1 className="text-xl font-semibold tracking-tight text-balance break-words sm:text-2xl">
            <UserText>{title}</UserText>
          </h1>
          <p className="text-base text-muted sm:text-lg">
            Ask and vote at <span className="font-semibold break-all text-ink">{askAt}</span>
          </p>
        </div>
        <div className="flex flex-wrap items-center justify-end gap-3">
          {agendaClock}
          <ConnectionStatus {...liveConnectionLooks[connection]} state={connection} testId="live-connection" className="text-sm" />
          <Button variant="secondary" size="sm" onClick={toggleFullscreen}>
            {isFullscreen ? <Minimize aria-hidden className="size-4" /> : <Maximize aria-hidden className="size-4" />}
            {isFullscreen ? "Leave full screen" : "Full screen"}
          </Button>
        </div>
      </header>

      {pinned ? (
        <section aria-label="Pinned question" className="rounded-2xl border-2 border-primary bg-primary-soft px-5 py-6 shadow-sm sm:px-10 sm:py-10" data-testid="speaker-pinned">
          <p className="mb-3 inline-flex items-center gap-2 text-base font-semibold tracking-wide text-primary uppercase sm:text-lg">
            <Pin aria-hidden className="size-5" /> Now discussing
          </p>
          <p className="text-3xl leading-tight font-semibold text-balance break-words whitespace-pre-line text-ink sm:text-5xl lg:text-6xl">
            <UserText>{pinned.body}</UserText>
          </p>
          <Byline question={pinned} className="mt-4 text-lg sm:text-2xl" />
        </section>
      ) : null}

      {top.length > 0 ? (
        <section aria-label="Top questions" className="space-y-3">
          {pinned ? <h2 className="text-lg font-semibold text-muted sm:text-xl">Next up, by votes</h2> : null}
          <ol className="space-y-3 sm:space-y-4" data-testid="speaker-top">
            {top.map((question) => (
              <li key={question.id} className="flex items-start gap-4 rounded-xl border border-line bg-surface px-4 py-4 shadow-xs sm:gap-6 sm:px-6 sm:py-5">
                <div className="flex w-14 shrink-0 flex-col items-center rounded-xl bg-surface-muted py-2 text-primary sm:w-20 sm:py-3">
                  <ThumbsUp aria-hidden className="size-5 sm:size-6" />
                  <span className="text-2xl font-bold tabular-nums sm:text-3xl">{question.voteCount}</span>
                  <span className="sr-only">{question.voteCount === 1 ? "vote" : "votes"}</span>
                </div>
                <div className="min-w-0 flex-1">
                  <p className="text-2xl leading-snug font-medium break-words whitespace-pre-line text-ink sm:text-3xl lg:text-4xl">
                    <UserText>{question.body}</UserText>
                  </p>
                  <Byline question={question} className="mt-2 text-base sm:text-lg" />
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {!pinned && top.length === 0 ? (
        <div className="flex flex-1 flex-col items-center justify-center rounded-2xl border-2 border-dashed border-line-strong px-6 py-16 text-center">
          <p className="text-3xl font-semibold text-ink sm:text-4xl">No questions yet</p>
          <p className="mt-3 text-lg text-muted sm:text-2xl">
            Ask at <span className="font-semibold break-all text-ink">{askAt}</span>
          </p>
        </div>
      ) : null}
    </div>
  );
}

const noChanges = () => () => {};

function Byline({ question, className }: { question: LiveQuestion; className?: string }) {
  return <p className={cn("text-muted", className)}>— <UserText>{question.isAnonymous || !question.askerName ? "Anonymous" : question.askerName}</UserText>
    </p>;
}

"use client";

import { CircleCheck, Eye, EyeOff, FilePlus, FileWarning, Hourglass, Pin, PinOff, RotateCcw, ThumbsUp } from "lucide-react";
import Link from "next/link";
import { useOptimistic, useState, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button, buttonStyles } from "@/components/ui/button";
import { UserText } from "@/components/ui/user-text";
import type { LiveAbilities, LiveQuestion } from "@/lib/live/live-types";
import type { Moderation } from "@/lib/questions/schemas";
import { cn } from "@/lib/ui/cn";
import { moderateQuestionAction, voteOnQuestionAction } from "../../_actions/questions";
import { useLiveAction } from "../use-live-action";
import { HideQuestionForm } from "./hide-question-form";
import { questionNews } from "./question-news";
import { RelativeTime } from "./relative-time";

const voteLabel = (count: number) => `${count} ${count === 1 ? "vote" : "votes"}`;

/**
 * One question: its votes (a button for those who may vote), its text, who
 * asked and when, its state, the pain point it became (for whoever may read
 * that report), and for chairs what they can do with it.
 * `place` says where it is listed: the audience's list, the chairs' queue of
 * questions waiting for approval, or the chairs' hidden ones.
 */
export function QuestionCard({ question, abilities, place = "list", isRecord = false }: { question: LiveQuestion; abilities: LiveAbilities; place?: "list" | "pending" | "hidden"; isRecord?: boolean }) {
  const { run, isPending, error } = useLiveAction();
  const [shown, setOptimistic] = useOptimistic(question, (current, hasVote: boolean) => ({
    ...current,
    hasMyVote: hasVote,
    voteCount: current.voteCount + (hasVote === current.hasMyVote ? 0 : hasVote ? 1 : -1),
  }));
  const [isHiding, setIsHiding] = useState(false);
  const isAnswered = shown.answeredAt !== null;
  // A pin marks what the room is discussing; in the record it means nothing any more.
  const isPinned = shown.isPinned && !isRecord;
  const canVote = abilities.canVote && shown.state === "VISIBLE";
  const moderate = (moderation: Moderation) => run(() => moderateQuestionAction({ questionId: question.id, moderation }), { toMessage: questionNews });

  const vote = () => {
    const hasVote = !shown.hasMyVote;
    run(() => voteOnQuestionAction({ questionId: question.id, hasVote }), { toMessage: questionNews, optimistic: () => setOptimistic(hasVote) });
  };

  return (
    <li
      className={cn(
        "grid grid-cols-[3rem_minmax(0,1fr)] gap-x-3 rounded-lg border bg-surface p-3",
        isPinned ? "border-primary/50 bg-primary-soft/40 ring-1 ring-primary/20" : "border-line",
        shown.state !== "VISIBLE" && place === "list" && "border-dashed bg-surface-muted/60",
      )}
      id={`question-${shown.id}`}
      data-testid="question"
      data-question-id={shown.id}
      data-state={shown.state}
    >
      {shown.state === "VISIBLE" ? (
        canVote ? (
          <button
            type="button"
            onClick={vote}
            disabled={isPending}
            aria-pressed={shown.hasMyVote}
            aria-label={`Upvote, ${voteLabel(shown.voteCount)}`}
            className={cn(
              "flex h-14 w-12 shrink-0 flex-col items-center justify-center gap-0.5 rounded-lg border text-sm font-semibold tabular-nums transition-colors",
              "disabled:cursor-wait",
              shown.hasMyVote ? "border-primary bg-primary text-on-primary hover:bg-primary-hover" : "border-line-strong bg-surface text-muted hover:border-primary hover:text-primary",
            )}
          >
            <ThumbsUp aria-hidden className="size-4" />
            <span data-testid="vote-count">{shown.voteCount}</span>
          </button>
        ) : (
          <div className="flex h-14 w-12 shrink-0 flex-col items-center justify-center gap-0.5 rounded-lg bg-surface-muted text-sm font-semibold text-muted tabular-nums">
            <ThumbsUp aria-hidden className="size-4" />
            <span data-testid="vote-count" aria-label={voteLabel(shown.voteCount)}>
              {shown.voteCount}
            </span>
          </div>
        )
      ) : (
        <div aria-hidden className="flex h-14 w-12 shrink-0 items-center justify-center rounded-lg bg-surface-muted text-subtle">
          {shown.state === "PENDING" ? <Hourglass className="size-4" /> : <EyeOff className="size-4" />}
        </div>
      )}

      <div className="min-w-0 flex-1 space-y-1.5">
        {isPinned || isAnswered ? (
          <p className="flex flex-wrap gap-1.5">
            {isPinned ? (
              <Badge tone="brand">
                <Pin aria-hidden className="size-3" /> Pinned
              </Badge>
            ) : null}
            {isAnswered ? (
              <Badge tone="success" data-testid="answered-badge">
                <CircleCheck aria-hidden className="size-3" /> Answered
              </Badge>
            ) : null}
          </p>
        ) : null}
        <p className={cn("text-[0.9375rem] leading-6 break-words whitespace-pre-line text-ink", isAnswered && "text-muted")} data-testid="question-body">
          <UserText>{shown.body}</UserText>
        </p>
        <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-subtle">
          <span className={cn("font-medium", shown.askerName ? "text-muted" : "italic")} data-testid="asker">
            <UserText>{shown.askerName ?? "Anonymous"}</UserText>
          </span>
          {shown.isMine ? <span>(you)</span> : null}
          {shown.isAnonymous && shown.askerName ? (
            <Badge tone="neutral" title="The audience does not see who asked.">
              Anonymous to others
            </Badge>
          ) : null}
          <span aria-hidden>·</span>
          <RelativeTime at={shown.createdAt} />
        </p>
        {shown.painPoint ? (
          <p>
            <Link href={`/pain-points/${shown.painPoint.id}`} className="inline-flex items-center gap-1 rounded-md bg-primary-soft px-2 py-0.5 text-xs font-medium text-primary hover:underline" data-testid="question-pain-point">
              <FileWarning aria-hidden className="size-3.5" /> Became #pain-{shown.painPoint.id}
            </Link>
          </p>
        ) : null}

        {shown.state === "PENDING" && place === "list" ? (
          <StateNote icon={<Hourglass aria-hidden className="mt-0.5 size-3.5 shrink-0" />} tone="warning">
            Waiting for approval — only you and the chairs can see it for now.
          </StateNote>
        ) : null}
        {shown.state === "HIDDEN" ? (
          <StateNote icon={<EyeOff aria-hidden className="mt-0.5 size-3.5 shrink-0" />} tone="danger">
            Hidden by a chair{shown.hiddenReason ? <>: {shown.hiddenReason}</> : null}
            {place === "list" ? " — only you and the chairs can see it." : null}
          </StateNote>
        ) : null}
      </div>
      {abilities.canModerateQuestions ? (
        isHiding ? (
          <div className="col-span-2 mt-2.5">
            <HideQuestionForm questionId={shown.id} onDone={() => setIsHiding(false)} />
          </div>
        ) : (
          <div className="col-span-2 mt-2.5 flex flex-wrap gap-1 border-t border-line pt-2" role="group" aria-label="Moderate this question">
            {shown.state === "PENDING" ? (
              <Button size="sm" className="h-7 px-2.5" disabled={isPending} onClick={() => moderate({ type: "approve" })}>
                <CircleCheck aria-hidden className="size-3.5" /> Approve
              </Button>
            ) : null}
            {shown.state === "VISIBLE" ? (
              <>
                {isRecord ? null : (
                  <ModerationButton disabled={isPending} onClick={() => moderate({ type: "pin", isPinned: !shown.isPinned })} icon={shown.isPinned ? PinOff : Pin}>
                    {shown.isPinned ? "Unpin" : "Pin"}
                  </ModerationButton>
                )}
                <ModerationButton disabled={isPending} onClick={() => moderate({ type: "answer", isAnswered: !isAnswered })} icon={isAnswered ? RotateCcw : CircleCheck}>
                  {isAnswered ? "Not answered" : "Mark answered"}
                </ModerationButton>
                {abilities.canFilePainPoints && !shown.painPoint ? (
                  <Link href={`/pain-points/new?fromQuestion=${shown.id}`} className={buttonStyles({ variant: "ghost", size: "sm", className: "h-7 gap-1 px-2 text-xs" })} title="Open the report form filled with this question">
                    <FilePlus aria-hidden className="size-3.5" /> Make a pain point
                  </Link>
                ) : null}
              </>
            ) : null}
            {shown.state === "HIDDEN" ? (
              <ModerationButton disabled={isPending} onClick={() => moderate({ type: "unhide" })} icon={Eye}>
                Show again
              </ModerationButton>
            ) : (
              <ModerationButton disabled={isPending} onClick={() => setIsHiding(true)} icon={EyeOff} className="hover:text-danger">
                Hide
              </ModerationButton>
            )}
          </div>
        )
      ) : null}
      {error ? (
        <p role="alert" className="col-span-2 mt-2 text-sm font-medium text-danger">
          {error.message}
        </p>
      ) : null}
    </li>
  );
}

function ModerationButton({ icon: Icon, children, className, ...props }: { icon: typeof Pin; children: ReactNode; className?: string; disabled?: boolean; onClick: () => void }) {
  return (
    <Button variant="ghost" size="sm" className={cn("h-7 gap-1 px-2 text-xs", className)} {...props}>
      <Icon aria-hidden className="size-3.5" /> {children}
    </Button>
  );
}

function StateNote({ icon, tone, children }: { icon: ReactNode; tone: "warning" | "danger"; children: ReactNode }) {
  return (
    <p className={cn("flex gap-1.5 rounded-md px-2 py-1.5 text-xs", tone === "warning" ? "bg-warning-soft text-warning" : "bg-danger-soft text-danger")} data-testid="question-state-note">
      {icon}
      <span className="min-w-0 break-words">{children}</span>
    </p>
  );
}

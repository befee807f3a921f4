"use client";

import { Hourglass, LogIn, MessageCircleQuestion, Presentation } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useSessionLive } from "@/components/live/session-live";
import { buttonStyles } from "@/components/ui/button";
import { sortQuestions, type QuestionOrder } from "@/lib/questions/question-order";
import { cn } from "@/lib/ui/cn";
import { ApprovalSwitch } from "./approval-switch";
import { AskQuestionForm } from "./ask-question-form";
import { QuestionCard } from "./question-card";

const orderLabels: Record<QuestionOrder, string> = { top: "Top", newest: "Newest" };

/**
 * The session's questions, live: the form to ask, the list to vote in (top or
 * newest, the pinned question first), and for chairs the approval queue,
 * moderation and hidden questions. Once asking has closed (the session
 * ended), it is the record: the questions with their votes and answers.
 */
export function QuestionsPanel() {
  const { snapshot, abilities, sessionSlug } = useSessionLive();
  const [order, setOrder] = useState<QuestionOrder>("top");
  const isModerator = abilities.canModerateQuestions;
  const isOpen = abilities.canAsk;
  const isClosed = snapshot.hasEnded;

  const visible = sortQuestions(
    snapshot.questions.filter((question) => question.state === "VISIBLE"),
    order,
    { isRecord: isClosed },
  );
  const pending = snapshot.questions.filter((question) => question.state === "PENDING");
  const hidden = snapshot.questions.filter((question) => question.state === "HIDDEN");
  // Askers see their own waiting or hidden questions above the list; chairs see them in their own groups.
  const ownNotShown = isModerator ? [] : [...pending, ...hidden].filter((question) => question.isMine);
  const speakerHref = `/sessions/${encodeURIComponent(sessionSlug)}/speaker`;

  return (
    <div className="space-y-4" data-testid="questions-panel">
      {isModerator && !isClosed ? <ApprovalSwitch /> : null}

      {isOpen ? (
        <AskQuestionForm sessionId={snapshot.sessionId} needsApproval={snapshot.agenda.questionsNeedApproval} />
      ) : isClosed ? (
        <p className="rounded-lg bg-surface-muted px-3 py-2 text-sm text-muted">The session has ended: these are its questions, with their votes and answers.</p>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-dashed border-line-strong px-3 py-2.5">
          <p className="text-sm text-muted">Ask the speakers and vote on what matters to you.</p>
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/sessions/${sessionSlug}`)}`} className={buttonStyles({ size: "sm" })}>
            <LogIn aria-hidden className="size-4" /> Sign in to ask and vote
          </Link>
        </div>
      )}

      {isModerator && pending.length > 0 ? (
        <section aria-labelledby="questions-pending-heading" className="space-y-2 rounded-lg border border-warning/40 bg-warning-soft/50 p-2.5">
          <h3 id="questions-pending-heading" className="flex items-center gap-1.5 px-0.5 text-sm font-semibold text-ink">
            <Hourglass aria-hidden className="size-4 text-warning" /> Waiting for approval
            <span className="rounded-full bg-warning/15 px-1.5 text-xs text-warning tabular-nums">{pending.length}</span>
          </h3>
          <ul className="space-y-2" aria-labelledby="questions-pending-heading">
            {pending.map((question) => (
              <QuestionCard key={question.id} question={question} abilities={abilities} place="pending" />
            ))}
          </ul>
        </section>
      ) : null}

      {ownNotShown.length > 0 ? (
        <ul className="space-y-2" aria-label="Your questions not shown to others">
          {ownNotShown.map((question) => (
            <QuestionCard key={question.id} question={question} abilities={abilities} />
          ))}
        </ul>
      ) : null}

      <section aria-labelledby="questions-list-heading" className="space-y-2.5">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="questions-list-heading" className="text-sm font-semibold text-ink">
            {visible.length === 0 ? "Questions" : `${visible.length} ${visible.length === 1 ? "question" : "questions"}`}
          </h3>
          <div className="flex items-center gap-2">
            <Link href={speakerHref} className="inline-flex items-center gap-1 text-xs font-medium text-primary hover:underline" title="The pinned and top questions, large enough for a projector">
              <Presentation aria-hidden className="size-3.5" /> Speaker view
            </Link>
            <div role="group" aria-label="Order of questions" className="inline-flex rounded-lg bg-surface-muted p-0.5">
              {(Object.keys(orderLabels) as QuestionOrder[]).map((key) => (
                <button
                  key={key}
                  type="button"
                  aria-pressed={order === key}
                  onClick={() => setOrder(key)}
                  className={cn("rounded-md px-2.5 py-1 text-xs font-medium transition-colors", order === key ? "bg-surface text-ink shadow-xs" : "text-muted hover:text-ink")}
                >
                  {orderLabels[key]}
                </button>
              ))}
            </div>
          </div>
        </div>

        {visible.length === 0 ? (
          <div className="flex flex-col items-center rounded-lg border border-dashed border-line-strong px-4 py-8 text-center">
            <div className="mb-3 rounded-full bg-primary-soft p-2.5 text-primary">
              <MessageCircleQuestion aria-hidden className="size-5" />
            </div>
            <p className="text-sm font-semibold text-ink">{isClosed ? "No questions were asked" : "No questions yet"}</p>
            <p className="mt-1 max-w-xs text-sm text-muted">
              {isClosed ? "Nobody asked a question in this session." : isOpen ? "Be the first to ask. Others can upvote the questions they want answered." : "Questions the audience asks appear here, live."}
            </p>
          </div>
        ) : (
          <ul className="space-y-2" aria-labelledby="questions-list-heading" data-testid="questions-list">
            {visible.map((question) => (
              <QuestionCard key={question.id} question={question} abilities={abilities} isRecord={isClosed} />
            ))}
          </ul>
        )}
      </section>

      {isModerator && hidden.length > 0 ? (
        <details className="group rounded-lg border border-line">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-muted hover:text-ink">
            Hidden by chairs <span className="tabular-nums">({hidden.length})</span>
          </summary>
          <ul className="space-y-2 border-t border-line p-2.5" aria-label="Hidden questions">
            {hidden.map((question) => (
              <QuestionCard key={question.id} question={question} abilities={abilities} place="hidden" />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

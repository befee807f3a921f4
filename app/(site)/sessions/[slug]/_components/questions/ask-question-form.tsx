"use client";

import { Send } from "lucide-react";
import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import type { QuestionState } from "@/lib/live/live-types";
import { questionLimits } from "@/lib/questions/schemas";
import { cn } from "@/lib/ui/cn";
import { askQuestionAction } from "../../_actions/questions";
import { useLiveAction } from "../use-live-action";
import { questionNews } from "./question-news";

/**
 * Asking a question: the text (kept when it is refused, with the reason under
 * it), a character count, and the choice to ask without one's name showing.
 */
export function AskQuestionForm({ sessionId, needsApproval }: { sessionId: number; needsApproval: boolean }) {
  const action = useLiveAction();
  const isPending = action.isPending;
  const [body, setBody] = useState("");
  const [isAnonymous, setIsAnonymous] = useState(false);
  const [sentState, setSentState] = useState<QuestionState | null>(null);
  const error = action.error ? (action.error.fieldErrors.body?.[0] ?? action.error.message) : null;
  const id = useId();
  const length = body.trim().length;
  const isTooLong = length > questionLimits.bodyMax;

  const submit = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (isPending) return;
    setSentState(null);
    action.run(() => askQuestionAction({ sessionId, body, isAnonymous }), {
      toMessage: questionNews,
      onSuccess: (question) => {
        setBody("");
        setSentState(question.state);
      },
    });
  };

  // Ctrl+Enter (⌘+Enter) sends, as in chat tools; Enter alone starts a new line.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) submit();
  };

  const describedBy = [`${id}-count`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <form onSubmit={submit} className="space-y-2" aria-label="Ask a question" noValidate>
      <label htmlFor={`${id}-body`} className="sr-only">
        Your question
      </label>
      <Textarea
        id={`${id}-body`}
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          if (sentState) setSentState(null);
        }}
        onKeyDown={onKeyDown}
        placeholder="Ask the speakers a question…"
        rows={3}
        className="min-h-20 resize-y"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-2">
        <div className="min-w-0 flex-1 basis-48">
          <label className="inline-flex items-center gap-2 text-sm font-medium text-ink">
            <input type="checkbox" aria-describedby={`${id}-anonymous-hint`} checked={isAnonymous} onChange={(event) => setIsAnonymous(event.target.checked)} className="size-4 rounded border-line-strong accent-primary" />
            Ask anonymously
          </label>
          <p id={`${id}-anonymous-hint`} className="mt-0.5 text-xs text-subtle">Others will not see your name; chairs still do, to handle abuse.</p>
        </div>
        <div className="flex items-center gap-3">
          <span id={`${id}-count`} className={cn("text-xs tabular-nums", isTooLong ? "font-semibold text-danger" : "text-subtle")} aria-live={isTooLong ? "polite" : "off"}>
            <span className="sr-only">Characters: </span>
            {length} / {questionLimits.bodyMax}
          </span>
          <Button type="submit" size="sm" disabled={isPending}>
            <Send aria-hidden className="size-3.5" /> {isPending ? "Sending…" : "Ask"}
          </Button>
        </div>
      </div>
      {sentState ? (
        <p role="status" className="text-sm text-success">
          {sentState === "PENDING" ? "Sent. It appears for everyone once a chair approves it." : "Your question is up. Others can now vote on it."}
        </p>
      ) : needsApproval ? (
        <p className="text-xs text-subtle">A chair approves questions before everyone sees them.</p>
      ) : null}
    </form>
  );
}

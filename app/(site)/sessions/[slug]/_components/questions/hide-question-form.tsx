"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { questionLimits } from "@/lib/questions/schemas";
import { moderateQuestionAction } from "../../_actions/questions";
import { useLiveAction } from "../use-live-action";
import { questionNews } from "./question-news";

/** A chair hides a question, saying why: the asker sees the reason, everyone else sees nothing. */
export function HideQuestionForm({ questionId, onDone }: { questionId: number; onDone: () => void }) {
  const { run, isPending, error } = useLiveAction();
  const [reason, setReason] = useState("");
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    run(() => moderateQuestionAction({ questionId, moderation: { type: "hide", reason } }), { toMessage: questionNews, onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} className="space-y-1.5 rounded-md border border-line bg-surface-muted/60 p-2" aria-label="Hide this question" noValidate>
      <label htmlFor={`${id}-reason`} className="block text-xs font-medium text-ink">
        Why hide it? The asker sees this; nobody else sees the question.
      </label>
      <div className="flex flex-wrap gap-1.5">
        <Input
          id={`${id}-reason`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={questionLimits.reasonMax + 50}
          placeholder="e.g. Off topic, or advertising"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="h-8 min-w-0 flex-1 basis-40"
          autoFocus
        />
        <div className="flex gap-1.5">
          <Button type="submit" variant="danger" size="sm" disabled={isPending}>
            Hide
          </Button>
          <Button variant="ghost" size="sm" onClick={onDone}>
            Cancel
          </Button>
        </div>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-danger">
          {error.message}
        </p>
      ) : null}
    </form>
  );
}

"use client";

import { Plus, X } from "lucide-react";
import { useId, useRef, useState, type FormEvent } from "react";
import { useSessionLive } from "@/components/live/session-live";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import type { LivePoll } from "@/lib/live/live-types";
import { pollLimits } from "@/lib/polls/schemas";
import { cn } from "@/lib/ui/cn";
import { createPollAction, editPollAction } from "../../_actions/polls";
import { useLiveAction } from "../use-live-action";

type Row = { key: number; label: string };

// Rows need keys of their own: labels repeat while typed, and positions shift when one is removed.
let lastRowKey = 0;
const row = (label = ""): Row => ({ key: ++lastRowKey, label });

/**
 * Preparing a poll, new or a draft being edited: the question, one or several
 * answers, the options (added and removed as rows, empty rows ignored) and
 * whether the results wait for the close. What was typed stays when the
 * server refuses it, with the reason at the field.
 */
export function PollForm({ poll, onDone }: { poll?: LivePoll; onDone: () => void }) {
  const { snapshot } = useSessionLive();
  const action = useLiveAction();
  const id = useId();
  const [question, setQuestion] = useState(poll?.question ?? "");
  const [kind, setKind] = useState<"SINGLE" | "MULTIPLE">(poll?.kind ?? "SINGLE");
  const [rows, setRows] = useState<Row[]>(() => (poll ? poll.options.map((option) => row(option.label)) : [row(), row()]));
  const [hideResults, setHideResults] = useState(poll?.hideResultsUntilClosed ?? false);
  const optionInputs = useRef(new Map<number, HTMLInputElement>());
  const focusKey = useRef<number | null>(null);

  const errors = action.error?.fieldErrors ?? {};
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (action.isPending) return;
    const fields = { question, kind, options: rows.map((item) => item.label), hideResultsUntilClosed: hideResults };
    const call = { toMessage: (next: LivePoll) => ({ type: "item", kind: "poll", item: next }) as const, onSuccess: onDone };
    if (poll) action.run(() => editPollAction({ pollId: poll.id, expectedVersion: poll.version, ...fields }), call);
    else action.run(() => createPollAction({ sessionId: snapshot.sessionId, ...fields }), call);
  };

  const addRow = () => {
    const added = row();
    focusKey.current = added.key;
    setRows([...rows, added]);
  };
  const removeRow = (key: number) => {
    const index = rows.findIndex((item) => item.key === key);
    const rest = rows.filter((item) => item.key !== key);
    setRows(rest);
    // Keep the keyboard where it was: on the option that moved up, or the one before.
    const neighbour = rest[Math.min(index, rest.length - 1)];
    if (neighbour) optionInputs.current.get(neighbour.key)?.focus();
  };

  const questionError = errors.question?.join(" ");
  const optionsError = errors.options?.[0];
  const otherError = action.error && !questionError && !optionsError && !errors.kind ? action.error.message : null;

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-primary/30 bg-primary-soft/20 p-3.5" aria-label={poll ? "Edit poll" : "New poll"} noValidate>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-question`} className="block text-sm font-medium text-ink">
          Question
        </label>
        <Textarea
          id={`${id}-question`}
          value={question}
          onChange={(event) => setQuestion(event.target.value)}
          rows={2}
          maxLength={pollLimits.question + 50}
          placeholder="e.g. Which array library do you use most?"
          className="min-h-16 resize-y"
          aria-invalid={questionError ? true : undefined}
          aria-describedby={questionError ? `${id}-question-error` : undefined}
          autoFocus={!poll}
        />
        {questionError ? (
          <p id={`${id}-question-error`} className="text-sm font-medium text-danger">
            {questionError}
          </p>
        ) : null}
      </div>

      <fieldset className="space-y-1.5">
        <legend className="text-sm font-medium text-ink">Answers</legend>
        <div className="inline-flex rounded-lg bg-surface-muted p-0.5">
          {(
            [
              ["SINGLE", "One answer"],
              ["MULTIPLE", "Several answers"],
            ] as const
          ).map(([value, label]) => (
            <label
              key={value}
              className={cn(
                "cursor-pointer rounded-md px-3 py-1 text-sm font-medium transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-focus/40",
                kind === value ? "bg-surface text-ink shadow-xs" : "text-muted hover:text-ink",
              )}
            >
              <input type="radio" name={`${id}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} className="sr-only" />
              {label}
            </label>
          ))}
        </div>
        {errors.kind ? <p className="text-sm font-medium text-danger">{errors.kind.join(" ")}</p> : null}
      </fieldset>

      <fieldset className="space-y-1.5" aria-describedby={optionsError ? `${id}-options-error` : `${id}-options-hint`}>
        <legend className="text-sm font-medium text-ink">Options</legend>
        <ol className="space-y-1.5">
          {rows.map((item, index) => (
            <li key={item.key} className="flex items-center gap-1.5">
              <span aria-hidden className="w-5 shrink-0 text-right text-xs text-subtle tabular-nums">
                {index + 1}.
              </span>
              <label htmlFor={`${id}-option-${item.key}`} className="sr-only">
                Option {index + 1}
              </label>
              <input
                id={`${id}-option-${item.key}`}
                ref={(element) => {
                  if (element) {
                    optionInputs.current.set(item.key, element);
                    if (focusKey.current === item.key) {
                      element.focus();
                      focusKey.current = null;
                    }
                  } else optionInputs.current.delete(item.key);
                }}
                value={item.label}
                onChange={(event) => setRows(rows.map((other) => (other.key === item.key ? { ...other, label: event.target.value } : other)))}
                onKeyDown={(event) => {
                  // Enter in the last option adds another, as in the list tools people know.
                  if (event.key === "Enter" && index === rows.length - 1 && rows.length < pollLimits.maxOptions) {
                    event.preventDefault();
                    addRow();
                  }
                }}
                maxLength={pollLimits.option + 20}
                placeholder={`Option ${index + 1}`}
                aria-invalid={optionsError ? true : undefined}
                className="h-9 w-full min-w-0 rounded-lg border border-line-strong bg-surface px-3 text-sm text-ink shadow-xs placeholder:text-subtle focus:border-focus focus:ring-2 focus:ring-focus/30 focus:outline-none aria-invalid:border-danger"
              />
              <button
                type="button"
                onClick={() => removeRow(item.key)}
                disabled={rows.length <= pollLimits.minOptions}
                aria-label={`Remove option ${index + 1}`}
                title="Remove this option"
                className="inline-flex size-8 shrink-0 items-center justify-center rounded-md text-subtle hover:bg-surface-muted hover:text-danger disabled:invisible"
              >
                <X aria-hidden className="size-4" />
              </button>
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap items-center justify-between gap-2 pl-6.5">
          <Button type="button" variant="ghost" size="sm" onClick={addRow} disabled={rows.length >= pollLimits.maxOptions}>
            <Plus aria-hidden className="size-4" /> Add option
          </Button>
          <span id={`${id}-options-hint`} className="text-xs text-subtle">
            {pollLimits.minOptions}–{pollLimits.maxOptions} options
          </span>
        </div>
        {optionsError ? (
          <p id={`${id}-options-error`} className="text-sm font-medium text-danger">
            {errors.options?.join(" ")}
          </p>
        ) : null}
      </fieldset>

      <div>
        <label className="inline-flex items-start gap-2 text-sm font-medium text-ink">
          <input type="checkbox" checked={hideResults} onChange={(event) => setHideResults(event.target.checked)} aria-describedby={`${id}-hide-hint`} className="mt-0.5 size-4 rounded border-line-strong accent-primary" />
          Hide results until the poll closes
        </label>
        <p id={`${id}-hide-hint`} className="mt-0.5 pl-6 text-xs text-subtle">
          Participants see the counts once you close the poll; chairs see them all along.
        </p>
      </div>

      {otherError ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {otherError}
        </p>
      ) : Object.keys(errors).length ? (
        <p role="alert" className="sr-only">
          {action.error?.message}
        </p>
      ) : null}

      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" disabled={action.isPending}>
          {poll ? "Save changes" : "Save draft"}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onDone} disabled={action.isPending}>
          Cancel
        </Button>
        {!poll ? <span className="text-xs text-subtle">Nobody else sees it until you open it.</span> : null}
      </div>
    </form>
  );
}

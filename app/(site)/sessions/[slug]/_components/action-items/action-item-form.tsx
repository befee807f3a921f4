"use client";

import { useId, useState, type FormEvent } from "react";
import { useSessionLive } from "@/components/live/session-live";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/field";
import { actionItemLimits } from "@/lib/action-items/schemas";
import type { LiveActionItem } from "@/lib/live/live-types";
import { addActionItemAction, updateActionItemAction } from "../../_actions/action-items";
import { useLiveAction } from "../use-live-action";

/**
 * An action item's text, owner and due date, new or edited. A new one's
 * fields empty after it is added, ready for the next; what was typed stays
 * when the server refuses it, with the reason at the field.
 */
export function ActionItemForm({ item, onDone }: { item?: LiveActionItem; onDone?: () => void }) {
  const { snapshot } = useSessionLive();
  const action = useLiveAction();
  const id = useId();
  const [text, setText] = useState(item?.text ?? "");
  const [ownerName, setOwnerName] = useState(item?.ownerName ?? "");
  const [dueOn, setDueOn] = useState(item?.dueOn ?? "");
  const errors = action.error?.fieldErrors ?? {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (action.isPending) return;
    const fields = { text, ownerName, dueOn };
    if (item) {
      action.run(() => updateActionItemAction({ itemId: item.id, expectedVersion: item.version, ...fields }), { toMessage: (next) => ({ type: "item", kind: "actionItem", item: next }), onSuccess: onDone });
    } else {
      action.run(() => addActionItemAction({ sessionId: snapshot.sessionId, ...fields }), {
        toMessage: (next) => ({ type: "item", kind: "actionItem", item: next }),
        onSuccess: () => {
          setText("");
          setOwnerName("");
          setDueOn("");
          document.getElementById(`${id}-text`)?.focus();
          onDone?.();
        },
      });
    }
  };

  const errorOf = (field: string) => errors[field]?.join(" ");
  const describe = (field: string) => (errorOf(field) ? `${id}-${field}-error` : undefined);
  const fieldError = (field: string) =>
    errorOf(field) ? (
      <p id={`${id}-${field}-error`} className="text-sm font-medium text-danger">
        {errorOf(field)}
      </p>
    ) : null;
  const otherError = action.error && !Object.keys(errors).length ? action.error.message : null;

  return (
    <form onSubmit={submit} className="space-y-2.5" aria-label={item ? "Edit action item" : "Add an action item"} noValidate>
      <div className="space-y-1">
        <label htmlFor={`${id}-text`} className={item ? "sr-only" : "block text-sm font-medium text-ink"}>
          {item ? "Action item" : "New action item"}
        </label>
        <Textarea
          id={`${id}-text`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            // One line of text: Enter saves, as in a single-line field, and long items still wrap in view.
            if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
          rows={item ? 3 : 2}
          className="min-h-0 resize-none"
          maxLength={actionItemLimits.text + 50}
          placeholder="What is to be done?"
          aria-invalid={errorOf("text") ? true : undefined}
          aria-describedby={describe("text")}
          autoFocus={Boolean(item)}
        />
        {fieldError("text")}
      </div>
      <div className="grid grid-cols-1 gap-2.5 min-[26rem]:grid-cols-[minmax(0,1fr)_10rem]">
        <div className="min-w-0 space-y-1">
          <label htmlFor={`${id}-owner`} className="block text-xs font-medium text-muted">
            Owner <span className="font-normal text-subtle">(optional)</span>
          </label>
          <Input
            id={`${id}-owner`}
            value={ownerName}
            onChange={(event) => setOwnerName(event.target.value)}
            maxLength={actionItemLimits.ownerName + 20}
            placeholder="Who will do it"
            className="h-9"
            aria-invalid={errorOf("ownerName") ? true : undefined}
            aria-describedby={describe("ownerName")}
          />
          {fieldError("ownerName")}
        </div>
        <div className="min-w-0 space-y-1">
          <label htmlFor={`${id}-due`} className="block text-xs font-medium text-muted">
            Due <span className="font-normal text-subtle">(optional)</span>
          </label>
          <Input id={`${id}-due`} type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} className="h-9" aria-invalid={errorOf("dueOn") ? true : undefined} aria-describedby={describe("dueOn")} />
          {fieldError("dueOn")}
        </div>
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
          {item ? "Save" : "Add action item"}
        </Button>
        {item ? (
          <Button type="button" size="sm" variant="ghost" onClick={onDone} disabled={action.isPending}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}

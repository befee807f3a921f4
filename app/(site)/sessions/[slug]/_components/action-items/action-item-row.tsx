"use client";

import { CalendarDays, CheckCircle2, Circle, Pencil, Trash2, UserRound } from "lucide-react";
import { useOptimistic, useState } from "react";
import { UserText } from "@/components/ui/user-text";
import type { LiveActionItem } from "@/lib/live/live-types";
import { cn } from "@/lib/ui/cn";
import { deleteActionItemAction, setActionItemDoneAction } from "../../_actions/action-items";
import { useLiveAction } from "../use-live-action";
import { ActionItemForm } from "./action-item-form";

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
/** "2026-03-31" as "31 Mar 2026", the same day wherever the reader is. */
export const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));

/**
 * One action item: ticked off or not, its text, owner and due date (past due
 * and not done: in the warning colour). Those who manage action items tick
 * it off, edit and delete it in place; everyone else reads it.
 */
export function ActionItemRow({ item, canManage, today }: { item: LiveActionItem; canManage: boolean; today: string | null }) {
  const action = useLiveAction();
  const [isEditing, setIsEditing] = useState(false);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  // Ticked at once; the server's answer (or the channel's news) then settles it.
  const [isDone, setIsDone] = useOptimistic(item.doneAt !== null);
  const isOverdue = !isDone && item.dueOn !== null && today !== null && item.dueOn < today;
  const textId = `action-item-${item.id}-text`;

  if (isEditing) {
    return (
      <li className="rounded-lg border border-primary/30 bg-primary-soft/20 p-3">
        <ActionItemForm item={item} onDone={() => setIsEditing(false)} />
      </li>
    );
  }

  const toggle = () => {
    const next = !isDone;
    action.run(() => setActionItemDoneAction({ itemId: item.id, isDone: next }), {
      toMessage: (updated) => ({ type: "item", kind: "actionItem", item: updated }),
      optimistic: () => setIsDone(next),
    });
  };

  return (
    <li className="group flex items-start gap-2.5 rounded-lg border border-line bg-surface px-3 py-2.5" data-testid="action-item" data-done={isDone}>
      {canManage ? (
        <input
          type="checkbox"
          checked={isDone}
          onChange={toggle}
          aria-busy={action.isPending || undefined}
          aria-labelledby={textId}
          aria-describedby={`${textId}-state`}
          className="mt-0.5 size-4 shrink-0 cursor-pointer rounded border-line-strong accent-primary"
        />
      ) : isDone ? (
        <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
      ) : (
        <Circle aria-hidden className="mt-0.5 size-4 shrink-0 text-subtle" />
      )}
      <div className="min-w-0 flex-1 space-y-1">
        <p id={textId} className={cn("text-sm break-words", isDone ? "text-muted line-through decoration-subtle" : "text-ink")}>
          <UserText>{item.text}</UserText>
        </p>
        <span id={`${textId}-state`} className="sr-only">
          {isDone ? "Done" : isOverdue ? "Overdue" : "Open"}
        </span>
        {item.ownerName || item.dueOn ? (
          <p className="flex flex-wrap items-center gap-x-3 gap-y-0.5 text-xs text-muted">
            {item.ownerName ? (
              <span className="inline-flex min-w-0 items-center gap-1">
                <UserRound aria-hidden className="size-3.5 shrink-0 text-subtle" />
                <UserText className="break-words">{item.ownerName}</UserText>
              </span>
            ) : null}
            {item.dueOn ? (
              <span className={cn("inline-flex items-center gap-1 whitespace-nowrap", isOverdue && "font-medium text-warning")} data-testid="action-item-due">
                <CalendarDays aria-hidden className={cn("size-3.5 shrink-0", isOverdue ? "text-warning" : "text-subtle")} />
                {isOverdue ? "Overdue since" : "Due"} {formatDay(item.dueOn)}
              </span>
            ) : null}
          </p>
        ) : null}
        {isConfirmingDelete ? (
          <div className="flex flex-wrap items-center gap-2 pt-1">
            <span className="text-sm text-ink">Delete this action item?</span>
            <button
              type="button"
              disabled={action.isPending}
              onClick={() => action.run(() => deleteActionItemAction({ itemId: item.id }), { toMessage: (removed) => ({ type: "removed", kind: "actionItem", ...removed }) })}
              className="rounded-md bg-danger px-2 py-0.5 text-xs font-medium text-white hover:opacity-90 disabled:opacity-50"
            >
              Delete
            </button>
            <button type="button" onClick={() => setIsConfirmingDelete(false)} className="text-xs font-medium text-muted hover:text-ink">
              Keep it
            </button>
          </div>
        ) : null}
        {action.error ? (
          <p role="alert" className="text-sm font-medium text-danger">
            {action.error.message}
          </p>
        ) : null}
      </div>
      {canManage && !isConfirmingDelete ? (
        <div className="-mt-0.5 -mr-1 flex shrink-0 items-center">
          <button
            type="button"
            onClick={() => setIsEditing(true)}
            aria-label={`Edit “${item.text}”`}
            title="Edit"
            className="inline-flex size-7 items-center justify-center rounded-md text-subtle hover:bg-surface-muted hover:text-ink"
          >
            <Pencil aria-hidden className="size-3.5" />
          </button>
          <button
            type="button"
            onClick={() => setIsConfirmingDelete(true)}
            aria-label={`Delete “${item.text}”`}
            title="Delete"
            className="inline-flex size-7 items-center justify-center rounded-md text-subtle hover:bg-danger-soft hover:text-danger"
          >
            <Trash2 aria-hidden className="size-3.5" />
          </button>
        </div>
      ) : null}
    </li>
  );
}

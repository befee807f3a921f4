"use client";

import { ClipboardCheck } from "lucide-react";
import { useSyncExternalStore } from "react";
import { useSessionLive } from "@/components/live/session-live";
import { ActionItemForm } from "./action-item-form";
import { ActionItemRow } from "./action-item-row";

/** Today in the reader's own calendar, YYYY-MM-DD. */
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
};
const noSubscription = () => () => {};

/**
 * The session's action items, live: who does what by when, ticked off as
 * they are done. Chairs, and whoever may edit the notes, add, edit, tick and
 * delete them — also after the session, when the notes are written up;
 * everyone else reads them. They are part of the session's record and export.
 */
export function ActionItemsPanel() {
  const { snapshot, abilities } = useSessionLive();
  // "Overdue" depends on the reader's day, which the server does not know: decided in the browser only.
  const today = useSyncExternalStore(noSubscription, localToday, () => null);
  const canManage = abilities.canManageActionItems;
  const items = snapshot.actionItems;
  const done = items.filter((item) => item.doneAt !== null).length;

  return (
    <div className="space-y-4" data-testid="action-items-panel">
      {items.length ? (
        <section aria-labelledby="action-items-heading" className="space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 id="action-items-heading" className="text-sm font-semibold text-ink">
              {items.length} action {items.length === 1 ? "item" : "items"}
            </h3>
            <p className="text-xs text-subtle tabular-nums" data-testid="action-items-progress">
              {done} of {items.length} done
            </p>
          </div>
          <ul className="space-y-1.5" aria-labelledby="action-items-heading">
            {items.map((item) => (
              <ActionItemRow key={item.id} item={item} canManage={canManage} today={today} />
            ))}
          </ul>
        </section>
      ) : (
        <div className="flex flex-col items-center rounded-lg border border-dashed border-line-strong px-4 py-8 text-center">
          <div className="mb-3 rounded-full bg-primary-soft p-2.5 text-primary">
            <ClipboardCheck aria-hidden className="size-5" />
          </div>
          <p className="text-sm font-semibold text-ink">No action items yet</p>
          <p className="mt-1 max-w-xs text-sm text-muted">
            {canManage ? "Record who will do what, and by when. They go into the session's record and its Markdown export." : "What the session agrees to do — who, and by when — appears here."}
          </p>
        </div>
      )}
      {canManage ? (
        <div className="border-t border-line pt-4">
          <ActionItemForm />
        </div>
      ) : null}
    </div>
  );
}

"use client";

import { Switch } from "radix-ui";
import { useId, useOptimistic } from "react";
import { useSessionLive } from "@/components/live/session-live";
import { setQuestionsNeedApprovalAction } from "../../_actions/questions";
import { useLiveAction } from "../use-live-action";

/** The chairs' switch between showing questions at once and approving each first. */
export function ApprovalSwitch() {
  const { snapshot } = useSessionLive();
  const [isOn, setOptimistic] = useOptimistic(snapshot.agenda.questionsNeedApproval);
  const { run, isPending, error } = useLiveAction();
  const id = useId();

  const change = (needsApproval: boolean) =>
    run(() => setQuestionsNeedApprovalAction({ sessionId: snapshot.sessionId, needsApproval }), {
      toMessage: ({ agenda, serverTime }) => ({ type: "agenda", agenda, serverTime }),
      optimistic: () => setOptimistic(needsApproval),
    });

  return (
    <div className="rounded-lg border border-line bg-surface-muted/60 px-3 py-2.5">
      <div className="flex items-center justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium text-ink">
          Approve questions before they are shown
        </label>
        <Switch.Root
          id={id}
          checked={isOn}
          onCheckedChange={change}
          disabled={isPending}
          aria-describedby={`${id}-hint`}
          className="relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full bg-line-strong transition-colors disabled:cursor-wait data-[state=checked]:bg-primary"
        >
          <Switch.Thumb className="block size-5 translate-x-0.5 rounded-full bg-white shadow-sm transition-transform data-[state=checked]:translate-x-[1.375rem]" />
        </Switch.Root>
      </div>
      <p id={`${id}-hint`} className="mt-0.5 text-xs text-subtle">
        {isOn ? "New questions wait in the queue below until a chair approves them." : "New questions appear for everyone at once."}
      </p>
      {error ? (
        <p role="alert" className="mt-1 text-xs font-medium text-danger">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}

"use client";

import { Bell, BellOff } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { watchPepAction } from "../actions";

export function WatchButton({ pepNumber, isWatching, watcherCount }: { pepNumber: number; isWatching: boolean; watcherCount: number }) {
  const [state, action, isPending] = useFormAction(watchPepAction);
  // The action revalidates the page, so the props already carry the new state.
  const watching = isWatching;
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="pepNumber" value={pepNumber} />
      <input type="hidden" name="value" value={String(!watching)} />
      <Button type="submit" variant={watching ? "secondary" : "primary"} size="sm" disabled={isPending} aria-pressed={watching}>
        {watching ? <BellOff aria-hidden className="size-4" /> : <Bell aria-hidden className="size-4" />}
        {watching ? "Stop watching" : "Watch"}
        <span className="rounded-full bg-black/10 px-1.5 text-xs tabular-nums dark:bg-white/15" aria-label={`${watcherCount} watching`}>
          {watcherCount}
        </span>
      </Button>
      {state ? (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-xs text-muted" : "text-xs font-medium text-danger"}>
          {state.ok ? state.message : state.error.message}
        </p>
      ) : null}
    </form>
  );
}

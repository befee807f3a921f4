"use client";

import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { syncPepsAction } from "../actions";

export function SyncForm() {
  const [state, action, isPending] = useFormAction(syncPepsAction);
  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-wrap items-end gap-4">
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">Source</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="source" value="live" defaultChecked className="accent-[var(--primary)]" /> The live PEP index (peps.python.org)
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="source" value="snapshot" className="accent-[var(--primary)]" /> The snapshot shipped with the app
          </label>
        </fieldset>
        <Button type="submit" disabled={isPending}>
          <RefreshCw aria-hidden className={isPending ? "size-4 animate-spin" : "size-4"} />
          {isPending ? "Syncing…" : "Sync now"}
        </Button>
      </form>
      {state ? (
        state.ok ? (
          <Notice tone="success" title={state.message}>
            <pre className="mt-1 font-mono text-xs whitespace-pre-wrap text-ink" data-testid="sync-report">
              {state.data.lines.join("\n")}
            </pre>
          </Notice>
        ) : (
          <Notice tone="error" title="Sync failed">
            {state.error.message}
          </Notice>
        )
      ) : null}
    </div>
  );
}

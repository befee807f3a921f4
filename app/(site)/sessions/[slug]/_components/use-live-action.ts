"use client";

import { useState, useTransition } from "react";
import { useSessionLive } from "@/components/live/session-live";
import type { ActionResult } from "@/lib/action-result";
import type { LiveMessage } from "@/lib/live/live-types";

export interface LiveActionError {
  message: string;
  fieldErrors: Record<string, string[] | undefined>;
}

const unreachable: LiveActionError = { message: "The server could not be reached. Nothing was changed; please try again.", fieldErrors: {} };

/**
 * Runs a live tool's Server Action and shows its outcome at once: what it
 * returns goes into the live view (as the message `toMessage` makes of it)
 * before the channel brings the same news; a refusal becomes an error the
 * form shows, at its fields where it names them.
 */
export function useLiveAction() {
  const { apply } = useSessionLive();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<LiveActionError | null>(null);

  /** `optimistic` runs inside the transition, so a `useOptimistic` value it sets shows until the outcome is in. */
  function run<T>(work: () => Promise<ActionResult<T>>, toMessage: (data: T) => LiveMessage, onSuccess?: (data: T) => void, optimistic?: () => void) {
    setError(null);
    startTransition(async () => {
      optimistic?.();
      const result = await work().catch(() => null);
      if (!result) return setError(unreachable);
      if (!result.ok) return setError({ message: result.error.message, fieldErrors: result.error.fieldErrors ?? {} });
      apply(toMessage(result.data));
      onSuccess?.(result.data);
    });
  }

  return { run, isPending, error, clearError: () => setError(null) };
}

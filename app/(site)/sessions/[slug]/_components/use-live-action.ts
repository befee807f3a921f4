"use client";

import { unstable_rethrow } from "next/navigation";
import { useState, useTransition } from "react";
import { useSessionLive } from "@/components/live/session-live";
import type { ActionError, ActionResult } from "@/lib/action-result";
import type { LiveMessage } from "@/lib/live/live-types";

export interface LiveActionError {
  code: ActionError["code"];
  message: string;
  fieldErrors: Record<string, string[] | undefined>;
}

/** What every live tool says when its Server Action could not reach the server (offline, a dropped connection). */
export const unreachableMessage = "The server could not be reached. Nothing was changed; please try again.";

export interface LiveActionCall<T> {
  /** The live view's news for what the action returned (and, on a conflict, for the other person's version). */
  toMessage: (data: T) => LiveMessage;
  onSuccess?: (data: T) => void;
  /** Runs inside the transition, so a `useOptimistic` value it sets shows until the outcome is in. */
  optimistic?: () => void;
}

/**
 * The one way a live tool runs its Server Actions:
 *
 * - what an action returns goes into the live view at once (as the message
 *   `toMessage` makes of it), before the channel brings the same news;
 * - a refusal becomes an error the tool shows, at its fields where it names
 *   them;
 * - a conflict (someone else changed the thing first) shows their version:
 *   `error.current` goes into the live view like a result would, with the
 *   message saying what happened, so the person sees it and may try again;
 * - an action that cannot reach the server (its request fails) is a message
 *   too, never an unhandled rejection. Next.js's own control flow (a
 *   redirect, "not found") is not a failure and goes on up.
 */
export function useLiveAction() {
  const { apply } = useSessionLive();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<LiveActionError | null>(null);

  function run<T>(work: () => Promise<ActionResult<T>>, { toMessage, onSuccess, optimistic }: LiveActionCall<T>) {
    setError(null);
    startTransition(async () => {
      optimistic?.();
      let result: ActionResult<T>;
      try {
        result = await work();
      } catch (thrown) {
        unstable_rethrow(thrown);
        result = { ok: false, error: { code: "UNREACHABLE", message: unreachableMessage } };
      }
      if (!result.ok) {
        const { code, message, fieldErrors = {}, current } = result.error;
        if (code === "CONFLICT" && current !== undefined && current !== null) apply(toMessage(current as T));
        setError({ code, message, fieldErrors });
        return;
      }
      apply(toMessage(result.data));
      onSuccess?.(result.data);
    });
  }

  return { run, isPending, error, clearError: () => setError(null) };
}

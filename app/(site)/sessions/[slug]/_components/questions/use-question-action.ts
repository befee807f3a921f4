"use client";

import { useState, useTransition } from "react";
import { useSessionLive } from "@/components/live/session-live";
import type { ActionResult } from "@/lib/action-result";
import type { LiveQuestion } from "@/lib/live/live-types";

/**
 * Runs a Q&A Server Action and shows its outcome at once: the question it
 * returns goes into the live view before the channel brings the same news;
 * a refusal becomes a message next to whatever was clicked.
 */
export function useQuestionAction() {
  const { apply } = useSessionLive();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function run(work: () => Promise<ActionResult<LiveQuestion>>, { onSuccess, optimistic }: { onSuccess?: (question: LiveQuestion) => void; optimistic?: () => void } = {}) {
    setError(null);
    startTransition(async () => {
      optimistic?.();
      let result: ActionResult<LiveQuestion>;
      try {
        result = await work();
      } catch {
        result = { ok: false, error: { code: "INTERNAL", message: "The server could not be reached. Nothing was changed; please try again." } };
      }
      if (result.ok) {
        apply({ type: "question", question: result.data });
        onSuccess?.(result.data);
      } else {
        setError(result.error.message);
      }
    });
  }

  return { run, isPending, error, clearError: () => setError(null) };
}

"use client";

import { unstable_rethrow } from "next/navigation";
import { useActionState } from "react";
import { unreachableResult, type ActionResult } from "@/lib/action-result";

/**
 * `useActionState` for a Server Action that returns an ActionResult, made
 * safe for the cases where no result comes back: the connection failed, or
 * the server refused the request before the action ran (a post over the body
 * limit). Those become an UNREACHABLE result the form shows like any other
 * refusal, instead of an error page that loses what was typed. A redirect or
 * not-found from the action is rethrown for Next.js to follow. `onResult`
 * sees the result as it arrives, before React renders the page it brings
 * (which may no longer hold the form).
 */
export function useFormAction<State extends ActionResult<unknown>>(action: (previous: State | null, formData: FormData) => Promise<State>, onResult?: (result: State) => void) {
  return useActionState(async (previous: State | null, formData: FormData): Promise<State | null> => {
    try {
      const result = await action(previous, formData);
      onResult?.(result);
      return result;
    } catch (error) {
      unstable_rethrow(error);
      return unreachableResult as State;
    }
  }, null);
}

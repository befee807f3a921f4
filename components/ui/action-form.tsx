"use client";

import { startTransition, useEffect, useEffectEvent, useRef, type FormEvent, type ReactNode } from "react";
import { useFlash } from "@/components/ui/flash";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/action-result";
import { cn } from "@/lib/ui/cn";

/**
 * A form bound to a Server Action that returns an ActionResult. It never
 * clears what was typed when the action refuses it (React would reset the
 * form after any action), shows the outcome next to the submit button, and
 * clears the fields only after a success when asked to. `onSuccess` lets the
 * caller close an editor once the change is saved. A form that the change
 * replaces (approve, suspend, leave) says `flashOnSuccess`: its confirmation
 * goes to the page's flash region instead, which outlives the form. Without
 * JavaScript it still posts to the action.
 */
export function ActionForm<Result>({
  action,
  children,
  className,
  resetOnSuccess = false,
  flashOnSuccess = false,
  onSuccess,
  "aria-label": ariaLabel,
}: {
  action: (previous: ActionResult<Result> | null, formData: FormData) => Promise<ActionResult<Result>>;
  /** `result` is the last success's data (a link to show once, say). */
  children: (state: { pending: boolean; fieldErrors: Record<string, string[] | undefined>; message: ReactNode; result: Result | undefined }) => ReactNode;
  className?: string;
  resetOnSuccess?: boolean;
  flashOnSuccess?: boolean;
  onSuccess?: () => void;
  "aria-label"?: string;
}) {
  const flash = useFlash();
  // Flashed as the result arrives: by the time an effect would run, the page it brought may have removed this form.
  const [state, formAction, isPending] = useFormAction(action, (result) => {
    if (flashOnSuccess && result.ok) flash(result.message ?? "Done.");
  });
  const form = useRef<HTMLFormElement>(null);
  // An effect event, so that a new callback on each render does not re-run the effect for an old result.
  const succeeded = useEffectEvent(() => {
    if (resetOnSuccess) form.current?.reset();
    onSuccess?.();
  });
  useEffect(() => {
    if (state?.ok) succeeded();
  }, [state]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  const message =
    state && !(state.ok && flashOnSuccess) ? (
      <p role={state.ok ? "status" : "alert"} className={cn("text-sm", state.ok ? "text-success" : "font-medium text-danger")}>
        {state.ok ? (state.message ?? "Done.") : state.error.fieldErrors ? "Please correct the field above." : state.error.message}
      </p>
    ) : null;

  return (
    <form ref={form} action={formAction} onSubmit={submit} className={className} aria-label={ariaLabel} noValidate>
      {children({ pending: isPending, fieldErrors: state && !state.ok ? (state.error.fieldErrors ?? {}) : {}, message, result: state?.ok ? state.data : undefined })}
    </form>
  );
}

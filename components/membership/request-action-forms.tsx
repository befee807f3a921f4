"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { membershipLimits } from "@/lib/membership/schemas";

type FormAction = (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;

/** A message on a request's thread (a chair's question, the person's answer), or a decline with its reason: one text and a button. */
export function RequestTextForm({
  action,
  requestId,
  name,
  label,
  hint,
  submitLabel,
  variant = "primary",
}: {
  action: FormAction;
  requestId: number;
  name: "body" | "reason";
  label: string;
  hint?: string;
  submitLabel: string;
  variant?: ButtonVariant;
}) {
  const id = `request-${requestId}-${name}-${submitLabel.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <ActionForm action={action} resetOnSuccess flashOnSuccess={name === "reason"} className="space-y-2">
      {({ pending, fieldErrors, message }) => (
        <>
          <input type="hidden" name="requestId" value={requestId} />
          <Field id={id} label={label} hint={hint} errors={fieldErrors[name]}>
            {(props) => <Textarea {...props} name={name} rows={3} maxLength={name === "reason" ? membershipLimits.declineReason : membershipLimits.message} />}
          </Field>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant={variant} size="sm" disabled={pending}>
              {pending ? "Sending…" : submitLabel}
            </Button>
            {message}
          </div>
        </>
      )}
    </ActionForm>
  );
}

/** One button acting on a request (approve, withdraw). */
export function RequestButtonForm({ action, requestId, label, variant = "primary" }: { action: FormAction; requestId: number; label: string; variant?: ButtonVariant }) {
  return (
    <ActionForm action={action} flashOnSuccess className="flex flex-wrap items-center gap-3">
      {({ pending, message }) => (
        <>
          <input type="hidden" name="requestId" value={requestId} />
          <Button type="submit" variant={variant} size="sm" disabled={pending}>
            {pending ? "Working…" : label}
          </Button>
          {message}
        </>
      )}
    </ActionForm>
  );
}

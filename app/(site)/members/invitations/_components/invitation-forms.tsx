"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { membershipLimits } from "@/lib/membership/schemas";

type LinkResult = { link: string };
type LinkAction = (previous: ActionResult<LinkResult> | null, formData: FormData) => Promise<ActionResult<LinkResult>>;

/** The link, shown once after it is made: only its hash is stored, so it cannot be shown again. */
function ShownOnceLink({ link }: { link: string }) {
  return (
    <div className="space-y-1 rounded-lg border border-line bg-surface-muted p-3">
      <label htmlFor="invitation-link" className="text-sm font-medium">
        Invitation link
      </label>
      <Input id="invitation-link" readOnly value={link} onFocus={(event) => event.currentTarget.select()} className="font-mono text-xs" />
    </div>
  );
}

export function InviteMemberForm({ action }: { action: LinkAction }) {
  return (
    <ActionForm action={action} resetOnSuccess className="space-y-4" aria-label="Invite a person">
      {({ pending, fieldErrors, message, result }) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="invitation-email" label="Email address" errors={fieldErrors.email}>
              {(props) => <Input {...props} type="email" name="email" autoComplete="off" required />}
            </Field>
            <Field id="invitation-affiliation" label="Affiliation (optional)" hint="Filled in on their request; they can change it." errors={fieldErrors.affiliation}>
              {(props) => <Input {...props} name="affiliation" maxLength={membershipLimits.affiliation} />}
            </Field>
          </div>
          <Field id="invitation-message" label="A line for them (optional)" hint="Shown on the invitation and in the email." errors={fieldErrors.message}>
            {(props) => <Textarea {...props} name="message" rows={2} maxLength={membershipLimits.message} />}
          </Field>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? "Inviting…" : "Invite"}
            </Button>
            {message}
          </div>
          {result ? <ShownOnceLink link={result.link} /> : null}
        </>
      )}
    </ActionForm>
  );
}

/** Resend (a new link) or revoke, on one invitation. */
export function InvitationButtonForm<Result>({ action, invitationId, label, variant = "secondary" }: { action: (previous: ActionResult<Result> | null, formData: FormData) => Promise<ActionResult<Result>>; invitationId: number; label: string; variant?: ButtonVariant }) {
  return (
    <ActionForm action={action} className="space-y-2">
      {({ pending, message, result }) => (
        <>
          <input type="hidden" name="invitationId" value={invitationId} />
          <Button type="submit" variant={variant} size="sm" disabled={pending}>
            {pending ? "Working…" : label}
          </Button>
          {message}
          {result && typeof result === "object" && "link" in result && typeof result.link === "string" ? <ShownOnceLink link={result.link} /> : null}
        </>
      )}
    </ActionForm>
  );
}

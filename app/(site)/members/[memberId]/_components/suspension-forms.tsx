"use client";

import { liftSuspensionAction, suspendMemberAction } from "@/app/(site)/members/membership-actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { membershipLimits } from "@/lib/membership/schemas";

/** Suspending needs a reason the member will read. */
export function SuspendMemberForm({ userId, version }: { userId: string; version: number }) {
  return (
    <ActionForm action={suspendMemberAction} flashOnSuccess className="space-y-2" aria-label="Suspend this member">
      {({ pending, fieldErrors, message }) => (
        <>
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="version" value={version} />
          <Field id="suspension-reason" label="Suspend with a reason" hint="The member sees it. While suspended they cannot vote or edit drafts." errors={fieldErrors.reason}>
            {(props) => <Textarea {...props} name="reason" rows={3} maxLength={membershipLimits.declineReason} />}
          </Field>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant="danger" size="sm" disabled={pending}>
              {pending ? "Suspending…" : "Suspend member"}
            </Button>
            {message}
          </div>
        </>
      )}
    </ActionForm>
  );
}

export function LiftSuspensionForm({ userId, version }: { userId: string; version: number }) {
  return (
    <ActionForm action={liftSuspensionAction} flashOnSuccess className="flex flex-wrap items-center gap-3">
      {({ pending, message }) => (
        <>
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="version" value={version} />
          <Button type="submit" variant="secondary" size="sm" disabled={pending}>
            {pending ? "Lifting…" : "Lift the suspension"}
          </Button>
          {message}
        </>
      )}
    </ActionForm>
  );
}

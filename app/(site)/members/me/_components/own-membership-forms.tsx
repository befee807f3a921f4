"use client";

import { leaveMembershipAction, reaffirmMembershipAction } from "@/app/(site)/members/membership-actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

export function ReaffirmMembershipForm() {
  return (
    <ActionForm action={reaffirmMembershipAction} flashOnSuccess className="flex flex-wrap items-center gap-3">
      {({ pending, message }) => (
        <>
          <Button type="submit" size="sm" disabled={pending}>
            {pending ? "Reaffirming…" : "Reaffirm my membership"}
          </Button>
          {message}
        </>
      )}
    </ActionForm>
  );
}

/** Leaving asks for a tick first, so one stray click does not end a membership. */
export function LeaveMembershipForm() {
  return (
    <ActionForm action={leaveMembershipAction} flashOnSuccess className="space-y-3">
      {({ pending, fieldErrors, message }) => (
        <>
          <label className="flex items-start gap-2">
            <input type="checkbox" name="confirm" value="leave" className="mt-1" aria-describedby={fieldErrors.confirm ? "leave-confirm-error" : undefined} />
            <span>I want to leave the working group</span>
          </label>
          {fieldErrors.confirm ? (
            <p id="leave-confirm-error" className="text-sm font-medium text-danger">
              {fieldErrors.confirm[0]}
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant="danger" size="sm" disabled={pending}>
              {pending ? "Leaving…" : "Leave the group"}
            </Button>
            {message}
          </div>
        </>
      )}
    </ActionForm>
  );
}

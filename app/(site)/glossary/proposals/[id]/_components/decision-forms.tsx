"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { glossaryLimits } from "@/lib/glossary/schemas";
import { declineProposalAction, withdrawProposalAction } from "../../../actions";

/** A chair declines with a reason the proposer reads. */
export function DeclineProposalForm({ proposalId }: { proposalId: number }) {
  return (
    <ActionForm action={declineProposalAction} flashOnSuccess className="space-y-3" aria-label="Decline the proposal">
      {({ pending, fieldErrors, message }) => (
        <>
          <input type="hidden" name="proposalId" value={proposalId} />
          <Field id="decline-reason" label="Why it is declined" hint="The proposer reads this; say what would make it acceptable." errors={fieldErrors.reason}>
            {(props) => <Textarea {...props} name="reason" rows={3} maxLength={glossaryLimits.reason} />}
          </Field>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Declining…" : "Decline"}
            </Button>
            {message}
          </div>
        </>
      )}
    </ActionForm>
  );
}

export function WithdrawProposalForm({ proposalId }: { proposalId: number }) {
  return (
    <ActionForm action={withdrawProposalAction} flashOnSuccess className="flex flex-wrap items-center gap-3" aria-label="Withdraw the proposal">
      {({ pending, message }) => (
        <>
          <input type="hidden" name="proposalId" value={proposalId} />
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? "Withdrawing…" : "Withdraw my proposal"}
          </Button>
          {message}
        </>
      )}
    </ActionForm>
  );
}

"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { withdrawEndorsementAction } from "../endorsement-actions";

/** Takes the viewer's name off; the button goes with it, so its confirmation is flashed. */
export function EndorsementWithdrawButton({ slug }: { slug: string }) {
  return (
    <ActionForm action={withdrawEndorsementAction} flashOnSuccess aria-label="Withdraw my endorsement">
      {({ pending, message }) => (
        <div className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="slug" value={slug} />
          <Button type="submit" size="sm" variant="ghost" disabled={pending}>
            {pending ? "Withdrawing…" : "Withdraw my endorsement"}
          </Button>
          {message}
        </div>
      )}
    </ActionForm>
  );
}

"use client";

import { ActionForm } from "@/components/ui/action-form";
import { removeEvidenceAction } from "../evidence-actions";

/** Removes one hand-added item; the item goes with it, so its confirmation is flashed. */
export function EvidenceRemoveButton({ statementId, evidenceId, label }: { statementId: number; evidenceId: number; label: string }) {
  return (
    <ActionForm action={removeEvidenceAction} flashOnSuccess aria-label={`Remove ${label} from the evidence`} className="shrink-0 text-right">
      {({ pending, message }) => (
        <>
          <input type="hidden" name="statementId" value={statementId} />
          <input type="hidden" name="evidenceId" value={evidenceId} />
          <button type="submit" disabled={pending} className="text-xs font-medium text-subtle hover:text-danger">
            Remove
          </button>
          {message}
        </>
      )}
    </ActionForm>
  );
}

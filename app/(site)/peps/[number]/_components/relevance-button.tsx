"use client";

import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { setRelevanceAction } from "../actions";

/** For chairs: add any PEP to the HPC-relevant list, or take it off. */
export function RelevanceButton({ pepNumber, isRelevant }: { pepNumber: number; isRelevant: boolean }) {
  const [state, action, isPending] = useFormAction(setRelevanceAction);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="pepNumber" value={pepNumber} />
      <input type="hidden" name="value" value={String(!isRelevant)} />
      <Button type="submit" variant="secondary" size="sm" disabled={isPending}>
        {isRelevant ? "Not HPC-relevant" : "Mark HPC-relevant"}
      </Button>
      {state && !state.ok ? <p role="alert" className="text-xs font-medium text-danger">{state.error.message}</p> : null}
    </form>
  );
}

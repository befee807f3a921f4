"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { dismissFlagAction } from "../actions";

export function DismissButton({ flagId }: { flagId: string }) {
  return (
    <ActionForm action={dismissFlagAction} aria-label="Dismiss flag">
      {({ pending, message }) => (
        <>
          <input type="hidden" name="flagId" value={flagId} />
          <Button type="submit" size="sm" variant="secondary" disabled={pending}>
            Dismiss
          </Button>
          {message}
        </>
      )}
    </ActionForm>
  );
}

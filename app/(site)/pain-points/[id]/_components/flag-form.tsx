"use client";

import { Flag } from "lucide-react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { flagAction } from "../actions";

/** Ask a chair to look at a report or a comment, with a short reason. */
export function FlagForm({ painPointId, commentId, label = "Flag for a chair" }: { painPointId: number; commentId?: string; label?: string }) {
  return (
    <details className="group text-sm">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 text-xs font-medium text-subtle hover:text-danger [&::-webkit-details-marker]:hidden">
        <Flag aria-hidden className="size-3.5" /> {label}
      </summary>
      <ActionForm action={flagAction} resetOnSuccess className="mt-2 space-y-2" aria-label={label}>
        {({ pending, fieldErrors, message }) => (
          <>
            <input type="hidden" name="painPointId" value={painPointId} />
            {commentId ? <input type="hidden" name="commentId" value={commentId} /> : null}
            <div className="flex gap-2">
              <Input name="reason" aria-label="Why should a chair look at it?" placeholder="Why? e.g. spam, abusive, wrong area" maxLength={1000} aria-invalid={fieldErrors.reason ? true : undefined} className="h-8 text-sm" />
              <Button type="submit" size="sm" variant="secondary" disabled={pending}>
                Send
              </Button>
            </div>
            {fieldErrors.reason ? <p className="text-xs font-medium text-danger">{fieldErrors.reason.join(" ")}</p> : null}
            {message}
          </>
        )}
      </ActionForm>
    </details>
  );
}

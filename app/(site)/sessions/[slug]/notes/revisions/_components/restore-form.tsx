"use client";

import { RotateCcw } from "lucide-react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { restoreRevisionAction } from "../actions";

export function RestoreForm({ revisionId, slug }: { revisionId: number; slug: string }) {
  return (
    <ActionForm action={restoreRevisionAction} aria-label="Restore this revision" className="flex flex-wrap items-center gap-3">
      {({ pending, message }) => (
        <>
          <input type="hidden" name="revisionId" value={revisionId} />
          <input type="hidden" name="slug" value={slug} />
          <Button type="submit" variant="secondary" size="sm" disabled={pending}>
            <RotateCcw aria-hidden className="size-4" /> {pending ? "Restoring…" : "Restore this revision"}
          </Button>
          {message}
        </>
      )}
    </ActionForm>
  );
}

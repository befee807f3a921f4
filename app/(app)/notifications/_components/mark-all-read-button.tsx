"use client";

import { CheckCheck } from "lucide-react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { markAllReadAction } from "../actions";

export function MarkAllReadButton() {
  return (
    <ActionForm action={markAllReadAction} aria-label="Mark all notifications as read" className="flex items-center gap-2">
      {({ pending, message }) => (
        <>
          <Button type="submit" variant="secondary" size="sm" disabled={pending}>
            <CheckCheck aria-hidden className="size-4" /> Mark all as read
          </Button>
          {message}
        </>
      )}
    </ActionForm>
  );
}

"use client";

import Form from "next/form";
import type { ReactNode } from "react";

/**
 * A list's filters: a plain GET form (it works without JavaScript, with its
 * Apply button), which with JavaScript applies each change at once and
 * navigates without a full page load.
 */
export function FilterForm({ action, children, className }: { action: string; children: ReactNode; className?: string }) {
  return (
    <Form
      action={action}
      className={className}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        // Text is applied on Enter or when leaving the field, not on every keystroke.
        if (target.type !== "search") event.currentTarget.requestSubmit();
      }}
    >
      {children}
    </Form>
  );
}

"use client";

import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Shown when a page fails to render. The error's text stays in the server log. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <EmptyState icon={TriangleAlert} title="This page could not be shown" actions={<Button onClick={() => reset()}>Try again</Button>}>
        <p>Something went wrong on our side. Nothing you entered was lost; trying again usually helps.</p>
        {error.digest ? <p className="mt-2 font-mono text-xs text-subtle">Reference: {error.digest}</p> : null}
      </EmptyState>
    </div>
  );
}

"use client";

import { Users } from "lucide-react";
import { useState } from "react";
import { ContextFields, type ContextValues } from "@/components/pain-points/context-fields";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { UserText } from "@/components/ui/user-text";
import { describeContext } from "@/lib/pain-points/vocabulary";
import { setAffectedAction } from "../actions";

/**
 * "Affects me too": one click to be counted, with an optional note of where
 * you meet it (so the report can say on which filesystems and at how many sites).
 */
export function AffectedCard({
  painPointId,
  summary,
  isAffected,
  myContext,
  lastContext,
  canMark,
  isMine,
  isSignedIn,
}: {
  painPointId: number;
  summary: string;
  isAffected: boolean;
  myContext: ContextValues | null;
  lastContext: ContextValues;
  canMark: boolean;
  isMine: boolean;
  isSignedIn: boolean;
}) {
  const [isEditingContext, setIsEditingContext] = useState(false);
  // The fields start from what the person said for this report, or empty: their site from last time fills in only when they ask.
  const [values, setValues] = useState<ContextValues>(myContext ?? {});
  const [generation, setGeneration] = useState(0);
  const lastSummary = describeContext(lastContext);
  return (
    <section aria-labelledby="affected-heading" className="rounded-xl border border-line bg-surface p-5 shadow-xs">
      <h2 id="affected-heading" className="flex items-center gap-2 text-sm font-semibold">
        <Users aria-hidden className="size-4 text-primary" /> Who it affects
      </h2>
      <p className="mt-2 text-lg leading-snug font-semibold" data-testid="affected-summary">
        {summary}
      </p>
      {isMine ? <p className="mt-3 text-sm text-muted">You reported this, so you are counted.</p> : null}
      {!isSignedIn ? (
        <a href={`/sign-in?callbackUrl=/pain-points/${painPointId}`} className="mt-4 inline-block text-sm font-medium text-primary hover:underline">
          Sign in to say it affects you too
        </a>
      ) : null}
      {canMark ? (
        <ActionForm action={setAffectedAction} onSuccess={() => setIsEditingContext(false)} className="mt-4 space-y-3">
          {({ pending, fieldErrors, message }) => (
            <>
              <input type="hidden" name="painPointId" value={painPointId} />
              <input type="hidden" name="isAffected" value={String(isEditingContext || !isAffected)} />
              {isEditingContext ? (
                <>
                  {!myContext && lastSummary ? (
                    <button
                      type="button"
                      onClick={() => {
                        setValues(lastContext);
                        setGeneration((value) => value + 1);
                      }}
                      className="text-left text-sm font-medium text-primary hover:underline"
                    >
                      Use my site from last time: <UserText>{lastSummary}</UserText>
                    </button>
                  ) : null}
                  <ContextFields key={generation} idPrefix={`affected-${painPointId}`} fields={["site", "siteKind", "filesystem", "installMethod"]} values={values} errors={fieldErrors} />
                </>
              ) : null}
              <div className="flex flex-wrap items-center gap-2">
                <Button type="submit" variant={isAffected && !isEditingContext ? "secondary" : "primary"} disabled={pending} aria-pressed={isAffected}>
                  {isEditingContext ? "Save" : isAffected ? "It no longer affects me" : "Affects me too"}
                </Button>
                <button type="button" onClick={() => setIsEditingContext(!isEditingContext)} className="text-sm font-medium text-primary hover:underline">
                  {isEditingContext ? "Cancel" : isAffected ? "Change where I meet it" : "Say where you meet it"}
                </button>
              </div>
              {message}
            </>
          )}
        </ActionForm>
      ) : null}
    </section>
  );
}

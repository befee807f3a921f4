"use client";

import { startTransition, useState, type FormEvent } from "react";
import { MarkdownView } from "@/components/markdown/markdown-view";
import { MarkdownField } from "@/components/markdown/markdown-field";
import { ImpactIndicator, StanceBadge } from "@/components/peps/pep-badges";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { useUnsavedChangesWarning } from "@/components/ui/use-unsaved-changes-warning";
import { UserText } from "@/components/ui/user-text";
import type { Impact, Stance } from "@/lib/generated/prisma/enums";
import { affectedGroups, impactLabels, impactOrder, stanceLabels, stanceOrder, type AffectedGroup } from "@/lib/peps/vocabulary";
import { cn } from "@/lib/ui/cn";
import type { AssessmentVersion } from "@/lib/peps/records";
import { saveAssessmentAction } from "../actions";

export interface AssessmentFormValues {
  areas: string[];
  impact: Impact;
  stance: Stance;
  affected: string[];
  summary: string;
}

const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

/**
 * The chair's editor. Every field is controlled, and submitting does not reset
 * the form, so whatever happens — a refused save, a conflict with another
 * chair — what was typed stays.
 */
export function AssessmentForm({ pepNumber, version, initial, areas, maxSummaryLength }: { pepNumber: number; version: number; initial: AssessmentFormValues; areas: { slug: string; name: string }[]; maxSummaryLength: number }) {
  const [state, formAction, isPending] = useFormAction(saveAssessmentAction);
  const [values, setValues] = useState(initial);
  const conflict = state && !state.ok && state.error.code === "CONFLICT" ? (state.error.current as AssessmentVersion) : null;
  // After a conflict the next save applies on top of the version the chair has now seen.
  const expectedVersion = conflict ? conflict.version : version;
  const isDirty = JSON.stringify(values) !== JSON.stringify(initial);
  const fieldErrors = state && !state.ok ? state.error.fieldErrors : undefined;

  useUnsavedChangesWarning(isDirty);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  return (
    <div className={cn("grid gap-8", conflict && "xl:grid-cols-[minmax(0,1fr)_24rem]")}>
      <form action={formAction} onSubmit={submit} className="space-y-7" noValidate>
        <input type="hidden" name="pepNumber" value={pepNumber} />
        <input type="hidden" name="expectedVersion" value={expectedVersion} />
        {state && !state.ok ? (
          <Notice tone={conflict ? "warning" : "error"} isUrgent title={conflict ? "Another chair saved first" : "Not saved"}>
            {state.error.message}
          </Notice>
        ) : null}
        {state?.ok ? <Notice tone="info">{state.message}</Notice> : null}

        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">Impact on HPC users</legend>
          <div className="flex flex-wrap gap-2">
            {impactOrder.map((impact) => (
              <label
                key={impact}
                className={cn("flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-2 text-sm", values.impact === impact ? "border-primary bg-primary-soft" : "border-line-strong bg-surface hover:bg-surface-muted")}
              >
                <input type="radio" name="impact" value={impact} checked={values.impact === impact} onChange={() => setValues({ ...values, impact })} className="accent-[var(--primary)]" />
                {impactLabels[impact]}
              </label>
            ))}
          </div>
          {fieldErrors?.impact ? <p className="text-sm font-medium text-danger">{fieldErrors.impact.join(" ")}</p> : null}
        </fieldset>

        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">The group&rsquo;s stance</legend>
          <div className="flex flex-wrap gap-2">
            {stanceOrder.map((stance) => (
              <label
                key={stance}
                className={cn("flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-2 text-sm", values.stance === stance ? "border-primary bg-primary-soft" : "border-line-strong bg-surface hover:bg-surface-muted")}
              >
                <input type="radio" name="stance" value={stance} checked={values.stance === stance} onChange={() => setValues({ ...values, stance })} className="accent-[var(--primary)]" />
                {stanceLabels[stance]}
              </label>
            ))}
          </div>
          {fieldErrors?.stance ? <p className="text-sm font-medium text-danger">{fieldErrors.stance.join(" ")}</p> : null}
        </fieldset>

        <div className="grid gap-7 sm:grid-cols-2">
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold">Areas</legend>
            {areas.map((area) => (
              <label key={area.slug} className="flex cursor-pointer items-center gap-2.5 text-sm">
                <input type="checkbox" name="areas" value={area.slug} checked={values.areas.includes(area.slug)} onChange={() => setValues({ ...values, areas: toggle(values.areas, area.slug) })} className="size-4 accent-[var(--primary)]" />
                {area.name}
              </label>
            ))}
            {fieldErrors?.areas ? <p className="text-sm font-medium text-danger">{fieldErrors.areas.join(" ")}</p> : null}
          </fieldset>
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold">Who is affected</legend>
            {(Object.keys(affectedGroups) as AffectedGroup[]).map((group) => (
              <label key={group} className="flex cursor-pointer items-center gap-2.5 text-sm">
                <input type="checkbox" name="affected" value={group} checked={values.affected.includes(group)} onChange={() => setValues({ ...values, affected: toggle(values.affected, group) })} className="size-4 accent-[var(--primary)]" />
                {affectedGroups[group]}
              </label>
            ))}
          </fieldset>
        </div>

        <MarkdownField
          id="summary"
          name="summary"
          label="Summary"
          labelClassName="font-semibold"
          value={values.summary}
          onChange={(summary) => setValues({ ...values, summary })}
          rows={16}
          maxLength={maxSummaryLength}
          hint={<>What the PEP proposes, why it matters on HPC systems and the group&rsquo;s position.</>}
          errors={fieldErrors?.summary}
          previewTestId="summary-preview"
          previewClassName="min-h-48"
          textareaClassName="font-mono text-sm"
        />

        <div className="flex flex-wrap items-center gap-3 border-t border-line pt-5">
          <Button type="submit" disabled={isPending}>
            {isPending ? "Saving…" : conflict ? "Save mine over theirs" : "Save assessment"}
          </Button>
          <a href={`/peps/${pepNumber}`} className="text-sm font-medium text-muted hover:text-ink">
            Cancel
          </a>
          <span className="text-xs text-subtle">Editing version {expectedVersion}. Every save is kept in the history.</span>
        </div>
      </form>

      {conflict ? (
        <aside aria-labelledby="their-version" className="space-y-4 rounded-xl border border-warning/40 bg-warning-soft/40 p-5" data-testid="conflicting-version">
          <h2 id="their-version" className="font-semibold">
            Their version {conflict.version}
            {conflict.updatedBy?.name ? (
              <>
                {" "}
                by <UserText>{conflict.updatedBy.name}</UserText>
              </>
            ) : null}
          </h2>
          <div className="flex flex-wrap items-center gap-2">
            <ImpactIndicator impact={conflict.impact} />
            <StanceBadge stance={conflict.stance} />
          </div>
          <p className="text-xs text-muted">Areas: {conflict.areas.join(", ") || "none"}</p>
          <div className="max-h-[32rem] overflow-auto rounded-lg bg-surface p-3">{conflict.summary ? <MarkdownView source={conflict.summary} /> : <p className="text-sm text-subtle">No summary.</p>}</div>
          <Button type="button" variant="secondary" size="sm" onClick={() => setValues({ areas: conflict.areas, impact: conflict.impact, stance: conflict.stance, affected: conflict.affected, summary: conflict.summary })}>
            Replace my form with their version
          </Button>
        </aside>
      ) : null}
    </div>
  );
}

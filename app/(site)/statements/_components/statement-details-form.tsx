"use client";

import { useState } from "react";
import { AreaCheckboxes } from "@/components/areas/area-checkboxes";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { statementLimits, statementTargets } from "@/lib/statements/schemas";

const targetLabels: Record<(typeof statementTargets)[number], string> = {
  PEP: "A PEP",
  STEERING_COUNCIL: "The Python Steering Council",
  PSF: "A body of the Python Software Foundation",
  GENERAL: "The Python community in general",
};

export interface StatementDetailsValues {
  title: string;
  target: (typeof statementTargets)[number];
  targetPep: number | null;
  targetBody: string | null;
  areas: string[];
  summary: string;
}

/**
 * A statement's title, target, areas and summary: starting one, and editing
 * them while it is drafted or reviewed. Uncontrolled fields that ActionForm
 * never resets on a refusal, so what was typed stays beside each error. Only
 * the chosen target's own field is shown (with JavaScript; without it both are,
 * and the server keeps only the one the target needs).
 */
export function StatementDetailsForm({
  action,
  areas,
  values,
  hidden = {},
  withText = false,
  submitLabel,
}: {
  action: (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;
  areas: { slug: string; name: string }[];
  values?: StatementDetailsValues;
  hidden?: Record<string, string>;
  /** A first text, when starting a statement (after that the live editor holds it). */
  withText?: boolean;
  submitLabel: string;
}) {
  const [target, setTarget] = useState<string>(values?.target ?? "");
  return (
    <ActionForm action={action} className="space-y-6" aria-label={submitLabel}>
      {({ pending, fieldErrors, message }) => (
        <>
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <Field id="statement-title" label="Title" hint="What the group says, in one line: a claim, not a topic." errors={fieldErrors.title}>
            {(props) => <Input {...props} name="title" defaultValue={values?.title} maxLength={statementLimits.title} required />}
          </Field>

          <div className="grid gap-5 sm:grid-cols-2">
            <Field id="statement-target" label="Speaks to" errors={fieldErrors.target}>
              {(props) => (
                <Select {...props} name="target" defaultValue={values?.target ?? ""} onChange={(event) => setTarget(event.currentTarget.value)}>
                  <option value="" disabled>
                    Choose…
                  </option>
                  {statementTargets.map((option) => (
                    <option key={option} value={option}>
                      {targetLabels[option]}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            {target === "PEP" || target === "" ? (
              <Field id="statement-target-pep" label="PEP number" hint="The PEP the statement is about, e.g. 703." errors={fieldErrors.targetPep}>
                {(props) => <Input {...props} name="targetPep" inputMode="numeric" defaultValue={values?.targetPep ?? undefined} maxLength={5} />}
              </Field>
            ) : null}
            {target === "PSF" || target === "" ? (
              <Field id="statement-target-body" label="PSF body" hint="e.g. Packaging Work Group, Board of Directors." errors={fieldErrors.targetBody}>
                {(props) => <Input {...props} name="targetBody" defaultValue={values?.targetBody ?? undefined} maxLength={statementLimits.targetBody} />}
              </Field>
            ) : null}
          </div>

          <AreaCheckboxes legend="Areas" areas={areas} checked={values?.areas} errors={fieldErrors.areas} />

          <Field id="statement-summary" label="Summary" hint={`One paragraph: what the group asks and why (Markdown, up to ${statementLimits.summary.toLocaleString("en")} characters).`} errors={fieldErrors.summary}>
            {(props) => <Textarea {...props} name="summary" rows={4} defaultValue={values?.summary} maxLength={statementLimits.summary} />}
          </Field>

          {withText ? (
            <Field id="statement-markdown" label="First text (optional)" hint="Markdown. You and the other members then write it together in the live editor; “PEP 703” and “#pain-123” become links and evidence." errors={fieldErrors.markdown}>
              {(props) => <Textarea {...props} name="markdown" rows={10} className="font-mono" />}
            </Field>
          ) : null}

          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : submitLabel}
            </Button>
            {message}
          </div>
        </>
      )}
    </ActionForm>
  );
}

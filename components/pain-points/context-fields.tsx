"use client";

import { useState } from "react";
import { Field, Input, Select } from "@/components/ui/field";
import { contextChoices, contextLabels, type ContextField } from "@/lib/pain-points/vocabulary";

export type ContextValues = Partial<Record<ContextField | "site" | "pythonVersion", string | null>>;

const hints: Partial<Record<ContextField | "site" | "pythonVersion", string>> = {
  site: "Your centre, lab or university, e.g. “Example National Lab”. Reports from many sites rank higher.",
  pythonVersion: "e.g. 3.12, or 3.13t for the free-threaded build",
};

/** A context choice with its "Other" text, shown when Other is chosen. */
function ContextSelect({ field, value, errors, idPrefix }: { field: ContextField; value?: string | null; errors?: string[]; idPrefix: string }) {
  const initialChoice = value?.startsWith("other:") ? "other" : (value ?? "");
  const [choice, setChoice] = useState(initialChoice);
  const id = `${idPrefix}-${field}`;
  return (
    <Field id={id} label={contextLabels[field]} errors={errors}>
      {(props) => (
        <div className="space-y-2">
          <Select {...props} name={field} value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">Not given</option>
            {Object.entries(contextChoices[field]).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </Select>
          {choice === "other" ? (
            <Input
              name={`${field}Other`}
              aria-label={`${contextLabels[field]}: other`}
              placeholder="Which one?"
              maxLength={80}
              defaultValue={value?.startsWith("other:") ? value.slice(6) : ""}
            />
          ) : null}
        </div>
      )}
    </Field>
  );
}

/** The HPC context of a report or of an "affects me too": every field optional. */
export function ContextFields({
  fields,
  values = {},
  errors = {},
  idPrefix,
}: {
  fields: (ContextField | "site" | "pythonVersion")[];
  values?: ContextValues;
  errors?: Record<string, string[] | undefined>;
  idPrefix: string;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {fields.map((field) =>
        field === "site" || field === "pythonVersion" ? (
          <Field key={field} id={`${idPrefix}-${field}`} label={contextLabels[field]} hint={hints[field]} errors={errors[field]}>
            {(props) => <Input {...props} name={field} defaultValue={values[field] ?? ""} maxLength={field === "site" ? 120 : 12} />}
          </Field>
        ) : (
          <ContextSelect key={field} field={field} value={values[field]} errors={errors[field]} idPrefix={idPrefix} />
        ),
      )}
    </div>
  );
}

import { readForm } from "@/lib/http/read-form";
import type { ContextField } from "@/lib/pain-points/vocabulary";

const contextFields: ContextField[] = ["siteKind", "scheduler", "filesystem", "installMethod", "mpi", "accelerator"];

/**
 * Form posts carry a context choice and, for "Other", its text in
 * `<field>Other`; this folds them into the stored "other: <text>" form.
 * Repeated fields (areas) arrive as arrays, as `readForm` reads them.
 */
export function readContextForm(formData: FormData) {
  const values = readForm(formData);
  for (const field of contextFields) {
    if (values[field] === "other") {
      const text = String(values[`${field}Other`] ?? "").trim();
      values[field] = text ? `other:${text}` : "other:";
    }
    delete values[`${field}Other`];
  }
  return values;
}

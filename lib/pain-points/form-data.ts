import type { ContextField } from "@/lib/pain-points/vocabulary";

const contextFields: ContextField[] = ["siteKind", "scheduler", "filesystem", "installMethod", "mpi", "accelerator"];

/**
 * Form posts carry a context choice and, for "Other", its text in
 * `<field>Other`; this folds them into the stored "other: <text>" form and
 * collects repeated fields into arrays.
 */
export function readContextForm(formData: FormData, arrays: string[] = []) {
  const values: Record<string, unknown> = Object.fromEntries(formData);
  for (const field of contextFields) {
    if (values[field] === "other") {
      const text = String(values[`${field}Other`] ?? "").trim();
      values[field] = text ? `other:${text}` : "other:";
    }
    delete values[`${field}Other`];
  }
  for (const name of arrays) values[name] = formData.getAll(name);
  return values;
}

/** Each field of a form post by its name; a name sent more than once (checkboxes) as an array. */
export function readForm(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of new Set(formData.keys())) {
    const all = formData.getAll(name);
    values[name] = all.length > 1 ? all : all[0];
  }
  return values;
}

/** The areas a form asks for, as ticked cards (a request to join, a statement), with the field's errors under them. */
export function AreaCheckboxes({ legend, areas, checked = [], errors }: { legend: string; areas: { slug: string; name: string }[]; checked?: string[]; errors?: string[] }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {areas.map((area) => (
          <label key={area.slug} className="flex cursor-pointer items-center gap-2.5 rounded-lg border border-line bg-surface p-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
            <input type="checkbox" name="areas" value={area.slug} defaultChecked={checked.includes(area.slug)} className="size-4 accent-[var(--primary)]" />
            {area.name}
          </label>
        ))}
      </div>
      {errors ? <p className="text-sm font-medium text-danger">{errors.join(" ")}</p> : null}
    </fieldset>
  );
}

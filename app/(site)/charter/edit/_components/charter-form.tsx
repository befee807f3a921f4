"use client";

import Link from "next/link";
import { startTransition, useState, type FormEvent } from "react";
import { CharterSettingsList } from "@/components/charter/charter-settings-list";
import { MarkdownField } from "@/components/markdown/markdown-field";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { useUnsavedChangesWarning } from "@/components/ui/use-unsaved-changes-warning";
import { UserText } from "@/components/ui/user-text";
import type { CharterVersionView } from "@/lib/charter/records";
import { charterLimits, charterSettingNames, charterSettings, type CharterSettingName } from "@/lib/charter/schemas";
import { cn } from "@/lib/ui/cn";
import { editCharterAction } from "../actions";

type Values = { purpose: string; decisionMaking: string; codeOfConduct: string; scopeAreas: string[]; reason: string } & Record<CharterSettingName, string>;

const valuesOf = (charter: CharterVersionView): Values => ({
  purpose: charter.purpose,
  decisionMaking: charter.decisionMaking,
  codeOfConduct: charter.codeOfConduct,
  scopeAreas: charter.scopeAreas,
  reason: "",
  ...(Object.fromEntries(charterSettingNames.map((name) => [name, String(charter.settings[name])])) as Record<CharterSettingName, string>),
});

const textFields = [
  { name: "purpose", label: "Purpose", rows: 6, hint: "Who the group speaks for, and to whom." },
  { name: "decisionMaking", label: "How we decide", rows: 8, hint: "Who may vote, how statements are reviewed and decided, how objections are handled." },
  { name: "codeOfConduct", label: "Code of conduct", rows: 5, hint: "Or a link to the one the group follows." },
] as const;

/**
 * The chairs' editor of the charter. Every field is controlled and a save
 * never resets the form, so a refusal or another chair's save in between
 * loses nothing typed; after a conflict their version is shown beside.
 */
export function CharterForm({ charter, areas }: { charter: CharterVersionView; areas: { slug: string; name: string }[] }) {
  const [state, formAction, isPending] = useFormAction(editCharterAction);
  const [values, setValues] = useState(() => valuesOf(charter));
  const [initial] = useState(values);
  const conflict = state && !state.ok && state.error.code === "CONFLICT" ? (state.error.current as CharterVersionView) : null;
  const expectedVersion = conflict ? conflict.version : charter.version;
  const errors = state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
  const isDirty = JSON.stringify(values) !== JSON.stringify(initial);

  useUnsavedChangesWarning(isDirty);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  const set = (name: keyof Values, value: string | string[]) => setValues((current) => ({ ...current, [name]: value }));

  return (
    <div className={cn("grid grid-cols-[minmax(0,1fr)] gap-8", conflict && "xl:grid-cols-[minmax(0,1fr)_24rem]")}>
      <form action={formAction} onSubmit={submit} className="space-y-8" noValidate>
        <input type="hidden" name="expectedVersion" value={expectedVersion} />
        {state && !state.ok ? (
          <Notice tone={conflict ? "warning" : "error"} isUrgent title={conflict ? "Another chair saved first" : "Not saved yet"}>
            {state.error.fieldErrors ? "Please correct the fields marked below; nothing you typed was lost." : state.error.message}
          </Notice>
        ) : null}
        {state?.ok && state.message ? <Notice tone="info">{state.message}</Notice> : null}

        {textFields.map((field) => (
          <MarkdownField
            key={field.name}
            id={`charter-${field.name}`}
            name={field.name}
            label={field.label}
            labelClassName="font-semibold"
            value={values[field.name]}
            onChange={(value) => set(field.name, value)}
            rows={field.rows}
            maxLength={charterLimits.text}
            hint={field.hint}
            errors={errors[field.name]}
            previewTestId={`charter-${field.name}-preview`}
          />
        ))}

        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">Scope: the areas the group speaks on</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {areas.map((area) => (
              <label key={area.slug} className="flex cursor-pointer items-center gap-2.5 rounded-lg border border-line bg-surface p-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
                <input
                  type="checkbox"
                  name="scopeAreas"
                  value={area.slug}
                  checked={values.scopeAreas.includes(area.slug)}
                  onChange={(event) => set("scopeAreas", event.target.checked ? [...values.scopeAreas, area.slug] : values.scopeAreas.filter((slug) => slug !== area.slug))}
                  className="size-4 accent-[var(--primary)]"
                />
                {area.name}
              </label>
            ))}
          </div>
          {errors.scopeAreas ? <p className="text-sm font-medium text-danger">{errors.scopeAreas.join(" ")}</p> : null}
        </fieldset>

        <fieldset className="space-y-4 rounded-xl border border-line bg-surface p-5">
          <legend className="px-1 text-sm font-semibold">Decision rules</legend>
          <p className="text-sm text-muted">Membership and statements apply these as saved: a change takes effect for what happens after it.</p>
          <div className="grid gap-5 sm:grid-cols-2">
            {charterSettingNames.map((name) => {
              const { label, unit, min, max, hint } = charterSettings[name];
              return (
                <Field key={name} id={`charter-${name}`} label={`${label} (${unit})`} hint={hint} errors={errors[name]}>
                  {(props) => <Input {...props} name={name} type="number" inputMode="numeric" min={min} max={max} step={1} value={values[name]} onChange={(event) => set(name, event.target.value)} className="max-w-40" />}
                </Field>
              );
            })}
          </div>
        </fieldset>

        <Field id="charter-reason" label="What changed and why" hint="Shown with this version in the charter's history and in the audit log." errors={errors.reason}>
          {(props) => <Input {...props} name="reason" value={values.reason} onChange={(event) => set("reason", event.target.value)} maxLength={charterLimits.reason} placeholder="e.g. Lower quorum for the founding year" />}
        </Field>

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={isPending}>
            {isPending ? "Saving…" : conflict ? "Save mine over theirs" : "Save as a new version"}
          </Button>
          <Link href="/charter" className="text-sm font-medium text-muted hover:text-ink">
            Cancel
          </Link>
        </div>
      </form>

      {conflict ? (
        <aside aria-labelledby="their-charter" className="space-y-3 self-start rounded-xl border border-warning/40 bg-warning-soft/40 p-5" data-testid="conflicting-version">
          <h2 id="their-charter" className="font-semibold">
            Their version {conflict.version}
          </h2>
          <p className="text-sm">
            {conflict.editorName ? <UserText>{conflict.editorName}</UserText> : "Someone"}: <UserText>{conflict.reason}</UserText>
          </p>
          <CharterSettingsList settings={conflict.settings} className="rounded-lg bg-surface px-3 [&>div]:sm:grid-cols-1" />
          <p className="text-sm text-muted">Your version is the form, as you left it. Compare with theirs in the history, then save: yours becomes the next version.</p>
        </aside>
      ) : null}
    </div>
  );
}

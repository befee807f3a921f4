"use client";

import type { ComponentProps } from "react";
import { AreaCheckboxes } from "@/components/areas/area-checkboxes";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { affiliationKindLabels, affiliationKinds, membershipLimits } from "@/lib/membership/schemas";

/**
 * The request to join. Fields are uncontrolled and ActionForm never resets
 * them on a refusal, so what was typed stays while the errors show at each field.
 */
export function MembershipRequestForm({
  action,
  areas,
  countries,
  prefill = {},
  hidden = {},
  submitLabel = "Send my request",
}: {
  action: (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;
  areas: { slug: string; name: string }[];
  countries: { code: string; name: string }[];
  /** Fields filled in beforehand (an invitation's affiliation). */
  prefill?: { affiliation?: string | null };
  /** Sent along unseen (an invitation's token). */
  hidden?: Record<string, string>;
  submitLabel?: string;
}) {
  return (
    <ActionForm action={action} flashOnSuccess className="space-y-6" aria-label="Request to join">
      {({ pending, fieldErrors, message }) => (
        <>
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="grid gap-5 sm:grid-cols-2">
            <Field id="membership-affiliation" label="Affiliation" hint="Your institution, HPC centre or company." errors={fieldErrors.affiliation}>
              {(props) => <Input {...props} name="affiliation" defaultValue={prefill.affiliation ?? undefined} maxLength={membershipLimits.affiliation} required />}
            </Field>
            <Field id="membership-affiliation-kind" label="Kind of affiliation" errors={fieldErrors.affiliationKind}>
              {(props) => <ChooseOne {...props} name="affiliationKind" options={affiliationKinds.map((kind) => ({ value: kind, label: affiliationKindLabels[kind] }))} />}
            </Field>
            <Field id="membership-role" label="Your role there" hint="e.g. Research software engineer, HPC user support, PhD student." errors={fieldErrors.roleAtAffiliation}>
              {(props) => <Input {...props} name="roleAtAffiliation" maxLength={membershipLimits.roleAtAffiliation} required />}
            </Field>
            <Field id="membership-country" label="Country" errors={fieldErrors.country}>
              {(props) => <ChooseOne {...props} name="country" options={countries.map((country) => ({ value: country.code, label: country.name }))} />}
            </Field>
          </div>

          <AreaCheckboxes legend="The areas you care about" areas={areas} errors={fieldErrors.areas} />

          <Field
            id="membership-statement"
            label="Why you want to join"
            hint={`A few sentences, Markdown allowed (${membershipLimits.statementOfInterestMin}–${membershipLimits.statementOfInterest.toLocaleString("en")} characters).`}
            errors={fieldErrors.statementOfInterest}
          >
            {(props) => <Textarea {...props} name="statementOfInterest" rows={5} maxLength={membershipLimits.statementOfInterest} />}
          </Field>

          <div className="grid gap-5 sm:grid-cols-2">
            <Field id="membership-orcid" label="ORCID iD (optional)" hint="0000-0000-0000-0000; its check digit is verified." errors={fieldErrors.orcid}>
              {(props) => <Input {...props} name="orcid" inputMode="text" autoComplete="off" />}
            </Field>
            <Field id="membership-github" label="GitHub user name (optional)" errors={fieldErrors.githubHandle}>
              {(props) => <Input {...props} name="githubHandle" autoComplete="off" maxLength={40} />}
            </Field>
          </div>

          <Field id="membership-conflicts" label="Conflicts of interest to declare (optional)" hint="e.g. a vendor you work for, a project you maintain that the group may take a position on." errors={fieldErrors.conflictsOfInterest}>
            {(props) => <Textarea {...props} name="conflictsOfInterest" rows={3} maxLength={membershipLimits.conflictsOfInterest} />}
          </Field>

          <label className="flex items-start gap-2.5 text-sm">
            <input type="checkbox" name="isPublicListingConsented" className="mt-0.5 size-4 accent-[var(--primary)]" />
            <span>List me in the public members directory (name, affiliation, country, areas and the links above). Members and chairs see every member either way.</span>
          </label>

          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? "Sending…" : submitLabel}
            </Button>
            {message}
          </div>
        </>
      )}
    </ActionForm>
  );
}

/** A required choice that starts on "Choose…", so nobody is put down as the first option by not looking. */
function ChooseOne({ options, ...props }: ComponentProps<typeof Select> & { options: { value: string; label: string }[] }) {
  return (
    <Select {...props} defaultValue="">
      <option value="" disabled>
        Choose…
      </option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
}

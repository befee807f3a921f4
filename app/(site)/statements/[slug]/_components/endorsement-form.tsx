"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { affiliationKindLabels, affiliationKinds } from "@/lib/membership/schemas";
import type { EndorsementsView } from "@/lib/statements/endorsements/list-endorsements";
import { endorsementLimits } from "@/lib/statements/endorsements/schemas";
import { endorseStatementAction } from "../endorsement-actions";

/**
 * Endorse under a name and affiliation, as they are to be listed. The form
 * goes once the endorsement stands, so its thanks are flashed.
 */
export function EndorsementForm({ slug, prefill }: { slug: string; prefill: NonNullable<EndorsementsView["prefill"]> }) {
  return (
    <ActionForm action={endorseStatementAction} flashOnSuccess className="space-y-3" aria-label="Endorse this statement">
      {({ pending, fieldErrors, message }) => (
        <>
          <h3 className="text-sm font-semibold">Endorse this statement</h3>
          <input type="hidden" name="slug" value={slug} />
          <Field id="endorsement-name" label="Name" hint="As it is to be listed." errors={fieldErrors.name}>
            {(props) => <Input {...props} name="name" defaultValue={prefill.name} maxLength={endorsementLimits.name} autoComplete="name" required />}
          </Field>
          <Field id="endorsement-affiliation" label="Affiliation" hint="Your institution, HPC centre or company, or “Independent”." errors={fieldErrors.affiliation}>
            {(props) => <Input {...props} name="affiliation" defaultValue={prefill.affiliation} maxLength={endorsementLimits.affiliation} autoComplete="organization" required />}
          </Field>
          <Field id="endorsement-affiliation-kind" label="Kind of affiliation" errors={fieldErrors.affiliationKind}>
            {(props) => (
              <Select {...props} name="affiliationKind" defaultValue={prefill.affiliationKind ?? ""} required>
                <option value="" disabled>
                  Choose…
                </option>
                {affiliationKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {affiliationKindLabels[kind]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <label className="flex items-start gap-2.5 text-sm">
            <input type="checkbox" name="isPersonalCapacity" className="mt-0.5 size-4 accent-[var(--primary)]" />
            <span>I endorse in a personal capacity, not on behalf of my affiliation.</span>
          </label>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" size="sm" disabled={pending}>
              {pending ? "Endorsing…" : "Endorse"}
            </Button>
            {message}
          </div>
        </>
      )}
    </ActionForm>
  );
}

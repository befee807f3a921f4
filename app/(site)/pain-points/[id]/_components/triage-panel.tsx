"use client";

import { Shield } from "lucide-react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { PainStatus } from "@/lib/generated/prisma/enums";
import { statusLabels, statusOrder } from "@/lib/pain-points/vocabulary";
import { hideReportAction, linkPepAction, triageAction } from "../actions";

/** What chairs do with a report: status with a reason, PEP links, and hiding spam or abuse. */
export function TriagePanel({ painPointId, status, isHidden }: { painPointId: number; status: PainStatus; isHidden: boolean }) {
  return (
    <section aria-labelledby="triage-heading" className="space-y-5 rounded-xl border border-warning/40 bg-warning-soft/40 p-5">
      <h2 id="triage-heading" className="flex items-center gap-2 text-sm font-semibold">
        <Shield aria-hidden className="size-4 text-warning" /> Triage (chairs)
      </h2>
      <ActionForm action={triageAction} resetOnSuccess className="space-y-3" aria-label="Change status">
        {({ pending, fieldErrors, message }) => (
          <>
            <input type="hidden" name="painPointId" value={painPointId} />
            <Field id="triage-status" label="Status" errors={fieldErrors.status}>
              {(props) => (
                // Uncontrolled, and remounted when the status changes, so a reset after saving starts from the new status.
                <Select {...props} key={status} name="status" defaultValue={status === "NEW" ? "CONFIRMED" : status}>
                  {statusOrder.map((option) => (
                    <option key={option} value={option}>
                      {statusLabels[option]}
                      {option === status ? " (current)" : ""}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            {/* Shown by CSS while "Duplicate" is chosen (see .triage-duplicate), so it works before the page is hydrated too. */}
            <div className="triage-duplicate">
              <Field id="triage-duplicate" label="Duplicate of report #" hint="Its “affects me too” votes and followers move there." errors={fieldErrors.duplicateOfId}>
                {(props) => <Input {...props} name="duplicateOfId" inputMode="numeric" placeholder="e.g. 12" />}
              </Field>
            </div>
            <Field id="triage-reason" label="Reason" hint="Shown in the report's history and the audit log." errors={fieldErrors.reason}>
              {(props) => <Input {...props} name="reason" maxLength={1000} />}
            </Field>
            <Button type="submit" size="sm" disabled={pending}>
              Change status
            </Button>
            {message}
          </>
        )}
      </ActionForm>

      <ActionForm action={linkPepAction} resetOnSuccess className="space-y-2 border-t border-warning/30 pt-4" aria-label="Link a PEP">
        {({ pending, fieldErrors, message }) => (
          <>
            <input type="hidden" name="painPointId" value={painPointId} />
            <Field id="triage-pep" label="Link a PEP that would address it" errors={fieldErrors.pepNumber}>
              {(props) => (
                <div className="flex gap-2">
                  <Input {...props} name="pepNumber" inputMode="numeric" placeholder="PEP number, e.g. 810" />
                  <Button type="submit" size="sm" variant="secondary" disabled={pending} className="h-10">
                    Link
                  </Button>
                </div>
              )}
            </Field>
            {message}
          </>
        )}
      </ActionForm>

      <ActionForm action={hideReportAction} className="space-y-2 border-t border-warning/30 pt-4" aria-label={isHidden ? "Show the report again" : "Hide the report"}>
        {({ pending, fieldErrors, message }) => (
          <>
            <input type="hidden" name="painPointId" value={painPointId} />
            <input type="hidden" name="isHidden" value={String(!isHidden)} />
            <Field id="triage-hide-reason" label={isHidden ? "Show it again, because…" : "Hide as spam or abuse, because…"} errors={fieldErrors.reason}>
              {(props) => (
                <div className="flex gap-2">
                  <Input {...props} name="reason" maxLength={1000} />
                  <Button type="submit" size="sm" variant={isHidden ? "secondary" : "danger"} disabled={pending} className="h-10">
                    {isHidden ? "Show" : "Hide"}
                  </Button>
                </div>
              )}
            </Field>
            {message}
          </>
        )}
      </ActionForm>
    </section>
  );
}

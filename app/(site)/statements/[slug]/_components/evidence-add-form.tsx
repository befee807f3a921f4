"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { evidenceLimits } from "@/lib/statements/evidence/schemas";
import { cn } from "@/lib/ui/cn";
import { addEvidenceAction } from "../evidence-actions";

type Kind = "PEP" | "PAIN_POINT" | "SESSION" | "STATEMENT" | "LINK";

const kinds: { kind: Kind; label: string }[] = [
  { kind: "PEP", label: "PEP" },
  { kind: "PAIN_POINT", label: "Pain point" },
  { kind: "SESSION", label: "Session" },
  { kind: "STATEMENT", label: "Statement" },
  { kind: "LINK", label: "Link" },
];

/** The one reference field of each kind (links have two: address and title). */
const referenceFields: Record<Exclude<Kind, "LINK">, { name: string; label: string; placeholder: string; hint: string }> = {
  PEP: { name: "pepNumber", label: "PEP number", placeholder: "703", hint: "The number, or “PEP 703”." },
  PAIN_POINT: { name: "painPoint", label: "Pain point", placeholder: "#pain-123", hint: "Its number, #pain-123, or its address." },
  SESSION: { name: "session", label: "Session", placeholder: "sc25-python-hpc-bof", hint: "Its address, or the part after /sessions/. Its notes are cited." },
  STATEMENT: { name: "statement", label: "Statement", placeholder: "free-threading-on-clusters", hint: "Its address, or the part after /statements/." },
};

/**
 * A member adds one piece of evidence: choose the kind, then give what it
 * points at and, if wanted, why it matters. Each kind is its own form (keyed
 * by kind), so what was typed for one is not sent as another, and a refusal
 * shows at the field it concerns with the text kept.
 */
export function EvidenceAddForm({ statementId }: { statementId: number }) {
  const [kind, setKind] = useState<Kind>("PEP");
  const field = kind === "LINK" ? null : referenceFields[kind];
  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold">Add evidence</h3>
      <fieldset className="flex flex-wrap gap-1.5">
        <legend className="sr-only">Kind of evidence</legend>
        {kinds.map((option) => (
          <label
            key={option.kind}
            className={cn(
              "cursor-pointer rounded-md border px-2.5 py-1 text-xs font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-focus/40",
              kind === option.kind ? "border-primary bg-primary-soft text-primary" : "border-line text-muted hover:text-ink",
            )}
          >
            <input type="radio" name="evidence-kind" value={option.kind} checked={kind === option.kind} onChange={() => setKind(option.kind)} className="sr-only" />
            {option.label}
          </label>
        ))}
      </fieldset>
      <ActionForm key={kind} action={addEvidenceAction} resetOnSuccess className="space-y-3" aria-label="Add evidence">
        {({ pending, fieldErrors, message }) => (
          <>
            <input type="hidden" name="statementId" value={statementId} />
            <input type="hidden" name="kind" value={kind} />
            {field ? (
              <Field id={`evidence-${field.name}`} label={field.label} hint={field.hint} errors={fieldErrors[field.name]}>
                {(props) => <Input {...props} name={field.name} placeholder={field.placeholder} maxLength={evidenceLimits.reference} autoComplete="off" required />}
              </Field>
            ) : (
              <>
                <Field id="evidence-url" label="Address" hint="An upstream issue, pull request, forum thread or document (https://)." errors={fieldErrors.url}>
                  {(props) => <Input {...props} name="url" type="url" placeholder="https://github.com/python/cpython/issues/…" maxLength={evidenceLimits.url} required />}
                </Field>
                <Field id="evidence-title" label="Title" errors={fieldErrors.title}>
                  {(props) => <Input {...props} name="title" maxLength={evidenceLimits.linkTitle} required />}
                </Field>
              </>
            )}
            <Field id="evidence-note" label="Why it matters (optional)" hint={`One line, up to ${evidenceLimits.note} characters.`} errors={fieldErrors.note}>
              {(props) => <Input {...props} name="note" maxLength={evidenceLimits.note} />}
            </Field>
            {fieldErrors.kind ? <p className="text-sm font-medium text-danger">{fieldErrors.kind.join(" ")}</p> : null}
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" size="sm" variant="secondary" disabled={pending}>
                {pending ? "Adding…" : "Add to the evidence"}
              </Button>
              {message}
            </div>
          </>
        )}
      </ActionForm>
    </div>
  );
}

"use client";

import type { ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { statementLimits, voteChoices } from "@/lib/statements/schemas";

type FormAction = (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;

/**
 * A step that needs a written reason (a chair's lifecycle step, answering or
 * overruling an objection, a dispute): one text, optional extra fields, and a
 * button. The step changes the page around it, so its confirmation is flashed.
 */
export function ReasonForm({
  action,
  id,
  hidden,
  name = "reason",
  label,
  hint,
  submitLabel,
  variant = "secondary",
  children,
}: {
  action: FormAction;
  id: string;
  hidden: Record<string, string | number>;
  name?: string;
  label: string;
  hint?: string;
  submitLabel: string;
  variant?: ButtonVariant;
  /** More fields, given the errors (the vote's closing time and options). */
  children?: (fieldErrors: Record<string, string[] | undefined>) => ReactNode;
}) {
  return (
    <ActionForm action={action} flashOnSuccess className="space-y-3" aria-label={submitLabel}>
      {({ pending, fieldErrors, message }) => (
        <>
          {Object.entries(hidden).map(([key, value]) => (
            <input key={key} type="hidden" name={key} value={value} />
          ))}
          {children?.(fieldErrors)}
          <Field id={id} label={label} hint={hint} errors={fieldErrors[name]}>
            {(props) => <Textarea {...props} name={name} rows={3} maxLength={statementLimits.reason} />}
          </Field>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" size="sm" variant={variant} disabled={pending}>
              {pending ? "Working…" : submitLabel}
            </Button>
            {message}
          </div>
        </>
      )}
    </ActionForm>
  );
}

/** Opening the vote: its reason, its closing time and the options fixed for the round. */
export function OpenVoteForm({ action, slug, earliestClose }: { action: FormAction; slug: string; earliestClose: string }) {
  return (
    <ReasonForm action={action} id="step-vote" hidden={{ slug }} label="Open the vote, with a reason" submitLabel="Open the vote" variant="primary">
      {(fieldErrors) => <OpenVoteFields fieldErrors={fieldErrors} earliestClose={earliestClose} />}
    </ReasonForm>
  );
}

function OpenVoteFields({ fieldErrors, earliestClose }: { fieldErrors: Record<string, string[] | undefined>; earliestClose: string }) {
  return (
    <>
      <Field id="vote-closes-at" label="Closes at (UTC)" hint={`The charter's review period allows ${earliestClose} at the earliest.`} errors={fieldErrors.closesAt}>
        {(props) => <Input {...props} type="datetime-local" name="closesAt" />}
      </Field>
      <fieldset className="space-y-2 text-sm">
        <legend className="sr-only">Vote options, fixed once the vote opens</legend>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="isAnonymous" className="mt-0.5 size-4 accent-[var(--primary)]" />
          <span>Anonymous: names are replaced by “Member 1, 2…”, for the chairs too.</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="hidesResultsUntilClose" className="mt-0.5 size-4 accent-[var(--primary)]" />
          <span>Hide the results until the vote closes.</span>
        </label>
      </fieldset>
    </>
  );
}

/** One button with no text to give (follow, close the vote, reconfirm, withdraw a block). */
export function ButtonForm({ action, hidden, label, variant = "secondary", flash = true }: { action: FormAction; hidden: Record<string, string | number>; label: string; variant?: ButtonVariant; flash?: boolean }) {
  return (
    <ActionForm action={action} flashOnSuccess={flash} className="flex flex-wrap items-center gap-3">
      {({ pending, message }) => (
        <>
          {Object.entries(hidden).map(([key, value]) => (
            <input key={key} type="hidden" name={key} value={value} />
          ))}
          <Button type="submit" size="sm" variant={variant} disabled={pending}>
            {pending ? "Working…" : label}
          </Button>
          {message}
        </>
      )}
    </ActionForm>
  );
}

const choiceText: Record<(typeof voteChoices)[number], { label: string; hint: string }> = {
  AGREE: { label: "Agree", hint: "The group should say this." },
  ABSTAIN: { label: "Abstain", hint: "You take no side; you still count towards quorum." },
  DISAGREE: { label: "Disagree", hint: "You would vote against; say why." },
  BLOCK: { label: "Block", hint: "You object so strongly it must not pass until your objection is resolved; say what would have to change." },
};

/**
 * A member's consent vote. The current choice is preselected, so changing a
 * vote is the same form; the reason is asked for disagree and block (the
 * server refuses them without one, at the field).
 */
export function VoteForm({ action, slug, current, onlyAbstain }: { action: FormAction; slug: string; current: { choice: (typeof voteChoices)[number]; reason: string | null } | null; onlyAbstain: boolean }) {
  const choices = onlyAbstain ? (["ABSTAIN"] as const) : voteChoices;
  return (
    <ActionForm action={action} className="space-y-4" aria-label="Your vote">
      {({ pending, fieldErrors, message }) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Your vote</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {choices.map((choice) => (
                <label key={choice} className="flex cursor-pointer items-start gap-2.5 rounded-lg border border-line bg-surface p-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
                  <input type="radio" name="choice" value={choice} defaultChecked={current?.choice === choice} className="mt-0.5 size-4 accent-[var(--primary)]" />
                  <span>
                    <span className="font-medium">{choiceText[choice].label}</span>
                    <span className="block text-xs text-muted">{choiceText[choice].hint}</span>
                  </span>
                </label>
              ))}
            </div>
            {fieldErrors.choice ? <p className="text-sm font-medium text-danger">{fieldErrors.choice.join(" ")}</p> : null}
          </fieldset>
          <Field id="vote-reason" label="Reason" hint="Required to disagree or block; the authors read it." errors={fieldErrors.reason}>
            {(props) => <Textarea {...props} name="reason" rows={3} defaultValue={current?.reason ?? undefined} maxLength={statementLimits.reason} />}
          </Field>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? "Recording…" : current ? "Change my vote" : "Cast my vote"}
            </Button>
            {message}
          </div>
        </>
      )}
    </ActionForm>
  );
}

"use client";

import { MessageCircleQuestion, NotebookPen } from "lucide-react";
import Link from "next/link";
import { startTransition, useState, type FormEvent } from "react";
import { MarkdownView } from "@/components/markdown/markdown-view";
import { MarkdownField } from "@/components/markdown/markdown-field";
import { ContextFields, type ContextValues } from "@/components/pain-points/context-fields";
import { SiteContextSection } from "@/components/pain-points/site-context-section";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { UserText } from "@/components/ui/user-text";
import type { ActionResult } from "@/lib/action-result";
import type { PainSeverity } from "@/lib/generated/prisma/enums";
import type { SessionOriginView } from "@/lib/pain-points/origin-prefill";
import type { EditablePainPoint, SavedSiteView } from "@/lib/pain-points/records";
import { limits } from "@/lib/pain-points/schemas";
import { contextFieldOrder, severityLabels, severityOrder } from "@/lib/pain-points/vocabulary";

const severityHints = {
  BLOCKS_WORK: "I cannot do my work until this is solved or worked around.",
  COSTS_HOURS: "I can work, but it costs me or my users hours.",
  ANNOYANCE: "It gets in the way, but I get by.",
} as const;

export interface ReportFormValues {
  title: string;
  areas: string[];
  severity: PainSeverity | null;
  description: string;
  isReporterPublic: boolean;
  context: ContextValues;
}

/**
 * The report form, for a new report and for editing one. Submitting never
 * clears it: whatever the server refuses, the message appears at the field
 * concerned and everything typed stays.
 */
export function ReportForm<Result>({
  areas,
  action,
  initial,
  painPointId,
  version,
  siteChoices,
  origin,
  hasEvidence = false,
  showNameChoice = true,
  submitLabel,
  cancelHref,
}: {
  areas: { slug: string; name: string; summary: string }[];
  action: (previous: ActionResult<Result> | null, formData: FormData) => Promise<ActionResult<Result>>;
  initial: ReportFormValues;
  /** Set when editing: the report being changed, and the version the edit starts from. */
  painPointId?: number;
  version?: number;
  /** A new report: the sites the person may fill "Where you meet it" from, by their choice. */
  siteChoices?: { savedSites: SavedSiteView[]; lastContext: ContextValues; forgetAction: (input: { savedSiteId: string }) => Promise<ActionResult<{ name: string }>> };
  /** A new report a chair files from a live session: what it comes from, shown above the fields and sent back with them. */
  origin?: SessionOriginView;
  hasEvidence?: boolean;
  showNameChoice?: boolean;
  submitLabel: string;
  cancelHref: string;
}) {
  const [state, formAction, isPending] = useFormAction(action);
  const [description, setDescription] = useState(initial.description);
  const errors = state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
  // Someone saved in between: their version is shown beside the form, and saving again puts this one over it.
  const conflict = state && !state.ok && state.error.code === "CONFLICT" ? (state.error.current as EditablePainPoint) : null;
  const expectedVersion = conflict ? conflict.version : version;
  // The origin's hidden field has no place of its own to show a problem at.
  const originErrors = [...(errors.fromQuestion ?? []), ...(errors.fromDraft ?? [])];
  const otherFieldErrors = Object.keys(errors).some((field) => field !== "fromQuestion" && field !== "fromDraft");
  const link = state && !state.ok ? state.error.link : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  return (
    <form action={formAction} onSubmit={submit} className="space-y-8" noValidate>
      {painPointId ? <input type="hidden" name="painPointId" value={painPointId} /> : null}
      {expectedVersion ? <input type="hidden" name="expectedVersion" value={expectedVersion} /> : null}
      {state && !state.ok ? (
        <Notice tone={conflict ? "warning" : "error"} isUrgent title={conflict ? "Someone else saved first" : painPointId ? "Not saved yet" : "Not sent yet"}>
          {originErrors.length > 0 ? <p>{originErrors.join(" ")}</p> : null}
          {state.error.fieldErrors ? (otherFieldErrors ? "Please correct the fields marked below; nothing you typed was lost." : null) : state.error.message}
          {link ? (
            <>
              {" "}
              <Link href={link.href}>{link.label}</Link>
            </>
          ) : null}
        </Notice>
      ) : null}
      {origin ? <OriginBox origin={origin} /> : null}

      <section className="space-y-5">
        <Field id="report-title" label="Title" hint="Say what goes wrong, e.g. “import numpy takes 40 s on 512 nodes with Lustre”." errors={errors.title}>
          {(props) => <Input {...props} name="title" defaultValue={initial.title} maxLength={limits.title} required />}
        </Field>

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Areas</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {areas.map((area) => (
              <label key={area.slug} className="flex cursor-pointer gap-3 rounded-lg border border-line bg-surface p-3 text-sm hover:border-primary/40 has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
                <input type="checkbox" name="areas" value={area.slug} defaultChecked={initial.areas.includes(area.slug)} className="mt-0.5 size-4 accent-[var(--primary)]" />
                <span>
                  <span className="block font-medium">{area.name}</span>
                  <span className="block text-xs text-muted">{area.summary}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.areas ? <p className="text-sm font-medium text-danger">{errors.areas.join(" ")}</p> : null}
        </fieldset>

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">How much does it hurt?</legend>
          <div className="grid gap-2 sm:grid-cols-3">
            {severityOrder.map((severity) => (
              <label key={severity} className="flex cursor-pointer gap-3 rounded-lg border border-line bg-surface p-3 text-sm hover:border-primary/40 has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
                <input type="radio" name="severity" value={severity} defaultChecked={initial.severity === severity} className="mt-0.5 accent-[var(--primary)]" />
                <span>
                  <span className="block font-medium">{severityLabels[severity]}</span>
                  <span className="block text-xs text-muted">{severityHints[severity]}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.severity ? <p className="text-sm font-medium text-danger">{errors.severity.join(" ")}</p> : null}
        </fieldset>

        <MarkdownField
          id="report-description"
          name="description"
          label="Description"
          value={description}
          onChange={setDescription}
          rows={10}
          maxLength={limits.description}
          placeholder="What did you run, on how many nodes? What happened, and what did you expect?"
          hint="Code blocks, lists and links work."
          errors={errors.description}
          previewTestId="description-preview"
        />
      </section>

      {siteChoices ? (
        <SiteContextSection savedSites={siteChoices.savedSites} lastContext={siteChoices.lastContext} forgetAction={siteChoices.forgetAction} errors={errors} />
      ) : (
        <section className="space-y-4 rounded-xl border border-line bg-surface p-5">
          <div>
            <h2 className="font-semibold">Where you meet it</h2>
            <p className="text-sm text-muted">Every field is optional, but each one helps Python&rsquo;s developers reproduce the problem.</p>
          </div>
          <ContextFields idPrefix="report" fields={[...contextFieldOrder]} values={initial.context} errors={errors} />
        </section>
      )}

      <section className="space-y-2 rounded-xl border border-line bg-surface p-5">
        <Field
          id="report-importtime"
          label={
            <>
              Evidence: output of <code className="rounded bg-surface-muted px-1 font-mono text-xs">python -X importtime</code> <span className="font-normal text-subtle">(optional)</span>
            </>
          }
          hint={
            <>
              For slow start-up, run for example <code className="font-mono">python -X importtime -c &quot;import numpy&quot; 2&gt; importtime.txt</code> on the system where it is slow and paste the file. It is shown as a chart and a table.
              {hasEvidence ? " This report has evidence already: paste new output to replace it, or leave this empty to keep it." : ""}
            </>
          }
          errors={errors.importTime}
        >
          {(props) => <Textarea {...props} name="importTime" rows={6} className="font-mono text-xs" placeholder="import time: self [us] | cumulative | imported package" />}
        </Field>
      </section>

      {conflict ? (
        <aside aria-labelledby="their-version" className="space-y-3 rounded-xl border border-warning/40 bg-warning-soft/40 p-5" data-testid="conflicting-version">
          <h2 id="their-version" className="font-semibold">
            Their version, saved{" "}
            {new Date(conflict.updatedAt).toLocaleString("en-GB", {
              dateStyle: "medium",
              timeStyle: "short",
            })}
          </h2>
          <p className="text-sm font-medium">
            <UserText>{conflict.title}</UserText>
          </p>
          <div className="max-h-[32rem] overflow-auto rounded-lg bg-surface p-3">
            <MarkdownView source={conflict.description} />
          </div>
          <p className="text-sm text-muted">Your version is the form above, as you left it. Copy what you need from theirs, then save: yours replaces theirs.</p>
        </aside>
      ) : null}
      <section className="space-y-4">
        {showNameChoice ? (
          <label className="flex items-start gap-3 text-sm">
            <input type="checkbox" name="isReporterPublic" defaultChecked={initial.isReporterPublic} className="mt-0.5 size-4 accent-[var(--primary)]" />
            <span>
              <span className="font-medium">Show my name with this report</span>
              <span className="block text-muted">Otherwise only the working group&rsquo;s chairs see who reported it.</span>
            </span>
          </label>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={isPending}>
            {isPending ? (painPointId ? "Saving…" : "Sending…") : conflict ? "Save mine over theirs" : submitLabel}
          </Button>
          <Link href={cancelHref} className="text-sm font-medium text-muted hover:text-ink">
            Cancel
          </Link>
          {/* Beside the button too: after a refusal without field errors, the notice at the top may be off-screen. */}
          {state && !state.ok && !state.error.fieldErrors ? (
            <p className="text-sm font-medium text-danger">{conflict ? "Not saved: someone else saved first (their version is above)." : "Not saved — see the message at the top of the form."}</p>
          ) : null}
        </div>
      </section>
    </form>
  );
}

/** Where a report filed from a session comes from: the question or passage quoted, its session and asker, and the field that sends it back. */
function OriginBox({ origin }: { origin: SessionOriginView }) {
  const Icon = origin.kind === "question" ? MessageCircleQuestion : NotebookPen;
  const session = (
    <Link href={`/sessions/${origin.session.slug}`} className="font-semibold text-primary hover:underline">
      <UserText>{origin.session.title}</UserText>
    </Link>
  );
  return (
    <section aria-label="Where this report comes from" className="space-y-3 rounded-xl border border-primary/30 bg-primary-soft/40 p-5" data-testid="report-origin">
      <input type="hidden" name={origin.field.name} value={origin.field.value} />
      <p className="flex items-start gap-2 text-sm text-ink">
        <Icon aria-hidden className="mt-0.5 size-4 shrink-0 text-primary" />
        <span className="min-w-0 break-words">
          {origin.kind === "question" ? (
            <>
              From a question in {session},{" "}
              {origin.askerName ? (
                <>
                  asked by <UserText className="font-medium">{origin.askerName}</UserText>
                </>
              ) : (
                "asked anonymously"
              )}
            </>
          ) : (
            <>From the notes of {session}</>
          )}
        </span>
      </p>
      <blockquote className="max-h-60 overflow-auto border-l-4 border-primary/40 bg-surface/70 py-2 pr-3 pl-4 text-[0.9375rem] leading-6 break-words whitespace-pre-line text-ink" data-testid="report-origin-quote">
        <UserText>{origin.quote}</UserText>
      </blockquote>
      <p className="text-xs text-muted">
        The title and description start from it; edit them, then say how much it hurts and where. You are the reporter;{" "}
        {origin.kind === "question" ? (origin.askerName ? "the asker is named on the report." : "the asker stays anonymous.") : "the report links to the session."}
        {origin.session.isMembersOnly ? " The session is for members only, but the report is public: check that the quote may be shown to everyone." : null}
      </p>
    </section>
  );
}

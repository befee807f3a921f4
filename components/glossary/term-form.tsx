"use client";

import { Plus, Trash2 } from "lucide-react";
import Link from "next/link";
import { startTransition, useState, type FormEvent, type ReactNode } from "react";
import { MarkdownField } from "@/components/markdown/markdown-field";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { useUnsavedChangesWarning } from "@/components/ui/use-unsaved-changes-warning";
import type { ActionResult } from "@/lib/action-result";
import { communityKindLabels, communityKinds, type CommunityKind, type GlossarySenseContent, type GlossaryTermContent } from "@/lib/glossary/glossary-content";
import { glossaryLimits } from "@/lib/glossary/schemas";
import { cn } from "@/lib/ui/cn";

/** A sense as the form holds it: the community may still be unchosen. */
type SenseDraft = Omit<GlossarySenseContent, "community" | "subCommunity"> & { community: CommunityKind | ""; subCommunity: string };
type Draft = { term: string; aliases: string; areas: string[]; related: string[]; senses: SenseDraft[] };

const emptySense = (community: CommunityKind | "" = ""): SenseDraft => ({ community, subCommunity: "", note: "", definition: "", example: "", links: [] });

const draftOf = (content: GlossaryTermContent): Draft => ({
  term: content.term,
  aliases: content.aliases.join(", "),
  areas: content.areas,
  related: content.related,
  senses: content.senses.map((sense) => ({ ...sense, subCommunity: sense.subCommunity ?? "", links: sense.links.map((link) => ({ ...link })) })),
});

/** What is posted: the content as typed (the server validates and trims it). */
const contentOf = (draft: Draft) => ({
  term: draft.term,
  aliases: draft.aliases
    .split(",")
    .map((alias) => alias.trim())
    .filter(Boolean),
  areas: draft.areas,
  related: draft.related,
  senses: draft.senses.map((sense) => ({ ...sense, links: sense.links.filter((link) => link.title.trim() || link.url.trim()) })),
});

export interface TermFormProps {
  action: (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;
  initial: GlossaryTermContent;
  /** Fields the action needs besides the content (slug, kind, versions, the proposal). */
  hidden: Record<string, string | number>;
  areas: { slug: string; name: string }[];
  terms: { slug: string; term: string }[];
  ownSlug?: string;
  submitLabel: string;
  /** The reason field; a chair approving a proposal gives none (the proposer's reason goes with it). */
  reason?: { label: string; hint: string };
  cancelHref: string;
  /** Opens the form with a new, empty sense after the existing ones, to fill in. */
  startWithNewSense?: boolean;
  intro?: ReactNode;
}

/**
 * The one form for a glossary term, new or changed: headword, other
 * spellings, areas, related terms, and its senses (each with community,
 * note, definition, example, links). Controlled throughout, so a refusal
 * loses nothing; errors show at the field they concern, sense by sense.
 */
export function TermForm({ action, initial, hidden, areas, terms, ownSlug, submitLabel, reason: reasonField, cancelHref, startWithNewSense = false, intro }: TermFormProps) {
  const [state, formAction, isPending] = useFormAction(action);
  const [draft, setDraft] = useState(() => {
    const start = draftOf(initial);
    return startWithNewSense ? { ...start, senses: [...start.senses, emptySense()] } : start;
  });
  const [initialDraft] = useState(draft);
  const [reason, setReason] = useState("");
  const errors = state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
  const errorsAt = (path: string) => errors[`content.${path}`] ?? errors[path];
  const conflict = state && !state.ok && state.error.code === "CONFLICT" ? (state.error.current as GlossaryTermContent | undefined) : undefined;
  useUnsavedChangesWarning(JSON.stringify(draft) !== JSON.stringify(initialDraft) || reason !== "");

  const update = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  const updateSense = (index: number, change: Partial<SenseDraft>) => setDraft((current) => ({ ...current, senses: current.senses.map((sense, position) => (position === index ? { ...sense, ...change } : sense)) }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData();
    for (const [name, value] of Object.entries(hidden)) formData.set(name, String(value));
    formData.set("content", JSON.stringify(contentOf(draft)));
    if (reasonField) formData.set("reason", reason);
    startTransition(() => formAction(formData));
  };

  const generalErrors = [errors.content, errorsAt("senses")].flat().filter(Boolean) as string[];
  const relatedChoices = terms.filter((term) => term.slug !== ownSlug);

  return (
    <form onSubmit={submit} className="space-y-8" noValidate data-testid="term-form">
      {intro}
      {state && !state.ok ? (
        <Notice tone={conflict ? "warning" : "error"} isUrgent title={conflict ? "The entry changed meanwhile" : "Not sent yet"}>
          {conflict ? state.error.message : state.error.fieldErrors ? "Please correct the fields marked below; nothing you typed was lost." : state.error.message}
          {generalErrors.length ? <span className="mt-1 block font-medium">{generalErrors.join(" ")}</span> : null}
        </Notice>
      ) : null}
      {state?.ok && state.message ? <Notice tone="success">{state.message}</Notice> : null}

      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="term-headword" label="Term" hint="As it is usually written: “module”, “free-threading”, “GIL”." errors={errorsAt("term")}>
          {(props) => <Input {...props} value={draft.term} onChange={(event) => update({ term: event.target.value })} maxLength={glossaryLimits.term + 20} required />}
        </Field>
        <Field id="term-aliases" label="Also written" hint="Other spellings, separated by commas. Plurals count without listing them." errors={errorsAt("aliases")}>
          {(props) => <Input {...props} value={draft.aliases} onChange={(event) => update({ aliases: event.target.value })} placeholder="e.g. free threading, nogil" />}
        </Field>
      </div>

      <div className="space-y-6">
        {draft.senses.map((sense, index) => (
          <SenseFields
            key={index}
            index={index}
            sense={sense}
            errorsAt={(field) => errorsAt(`senses.${index}.${field}`)}
            onChange={(change) => updateSense(index, change)}
            onRemove={draft.senses.length > 1 ? () => update({ senses: draft.senses.filter((_, position) => position !== index) }) : undefined}
          />
        ))}
        {draft.senses.length < glossaryLimits.senses ? (
          <Button type="button" variant="secondary" onClick={() => update({ senses: [...draft.senses, emptySense()] })}>
            <Plus aria-hidden className="size-4" /> Add a sense
          </Button>
        ) : null}
      </div>

      <div className="grid gap-6 md:grid-cols-2">
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Areas</legend>
          <div className="grid gap-2">
            {areas.map((area) => (
              <label key={area.slug} className="flex cursor-pointer items-center gap-2.5 rounded-lg border border-line bg-surface px-3 py-2 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
                <input
                  type="checkbox"
                  checked={draft.areas.includes(area.slug)}
                  onChange={(event) => update({ areas: event.target.checked ? [...draft.areas, area.slug] : draft.areas.filter((slug) => slug !== area.slug) })}
                  className="size-4 accent-[var(--primary)]"
                />
                {area.name}
              </label>
            ))}
          </div>
          {errorsAt("areas") ? <p className="text-sm font-medium text-danger">{errorsAt("areas")!.join(" ")}</p> : null}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Often confused with, or related</legend>
          <div className="max-h-64 space-y-1 overflow-y-auto rounded-lg border border-line bg-surface p-2">
            {relatedChoices.length === 0 ? <p className="p-2 text-sm text-subtle">No other terms yet.</p> : null}
            {relatedChoices.map((term) => (
              <label key={term.slug} className="flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-1 text-sm hover:bg-surface-muted">
                <input
                  type="checkbox"
                  checked={draft.related.includes(term.slug)}
                  onChange={(event) => update({ related: event.target.checked ? [...draft.related, term.slug] : draft.related.filter((slug) => slug !== term.slug) })}
                  className="size-4 accent-[var(--primary)]"
                />
                {term.term}
              </label>
            ))}
          </div>
          {errorsAt("related") ? <p className="text-sm font-medium text-danger">{errorsAt("related")!.join(" ")}</p> : null}
        </fieldset>
      </div>

      {reasonField ? (
        <Field id="term-reason" label={reasonField.label} hint={reasonField.hint} errors={errors.reason}>
          {(props) => <Input {...props} value={reason} onChange={(event) => setReason(event.target.value)} maxLength={glossaryLimits.reason} />}
        </Field>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Sending…" : conflict ? "Send mine over the new version" : submitLabel}
        </Button>
        <Link href={cancelHref} className="text-sm font-medium text-muted hover:text-ink">
          Cancel
        </Link>
      </div>
    </form>
  );
}

function SenseFields({ index, sense, errorsAt, onChange, onRemove }: { index: number; sense: SenseDraft; errorsAt: (field: string) => string[] | undefined; onChange: (change: Partial<SenseDraft>) => void; onRemove?: () => void }) {
  const id = `sense-${index}`;
  const links = sense.links.length ? sense.links : [];
  const communityErrors = errorsAt("community");
  return (
    <fieldset className="space-y-5 rounded-xl border border-line bg-surface p-5 shadow-xs" data-testid={`sense-fields-${index}`}>
      <legend className="px-1 text-sm font-semibold">Sense {index + 1}</legend>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div role="radiogroup" aria-labelledby={`${id}-community-label`} aria-describedby={communityErrors ? `${id}-community-error` : undefined} className="space-y-1.5">
          <p id={`${id}-community-label`} className="text-sm font-medium">
            Whose reading
          </p>
          <div className="inline-flex flex-wrap gap-2">
            {communityKinds.map((kind) => (
              <label key={kind} className={cn("flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-1.5 text-sm", sense.community === kind ? "border-primary bg-primary-soft text-primary-soft-ink" : "border-line hover:bg-surface-muted")}>
                <input type="radio" name={`${id}-community`} value={kind} checked={sense.community === kind} onChange={() => onChange({ community: kind })} className="size-4 accent-[var(--primary)]" />
                {communityKindLabels[kind]}
              </label>
            ))}
          </div>
          {communityErrors ? (
            <p id={`${id}-community-error`} className="text-sm font-medium text-danger">
              {communityErrors.join(" ")}
            </p>
          ) : null}
        </div>
        {onRemove ? (
          <Button type="button" variant="ghost" size="sm" onClick={onRemove}>
            <Trash2 aria-hidden className="size-4" /> Remove sense {index + 1}
          </Button>
        ) : null}
      </div>
      <div className="grid gap-5 sm:grid-cols-[14rem_minmax(0,1fr)]">
        <Field id={`${id}-sub`} label="Sub-community (optional)" hint="e.g. packaging, MPI, Slurm, CPython core." errors={errorsAt("subCommunity")}>
          {(props) => <Input {...props} value={sense.subCommunity} onChange={(event) => onChange({ subCommunity: event.target.value })} maxLength={glossaryLimits.subCommunity + 10} />}
        </Field>
        <Field id={`${id}-note`} label="One-line note" hint="What this reader means by the word; shown at the top of the sense and in the popover." errors={errorsAt("note")}>
          {(props) => <Input {...props} value={sense.note} onChange={(event) => onChange({ note: event.target.value })} maxLength={glossaryLimits.note + 40} />}
        </Field>
      </div>
      <MarkdownField
        id={`${id}-definition`}
        name={`${id}-definition`}
        label="Definition"
        value={sense.definition}
        onChange={(value) => onChange({ definition: value })}
        rows={4}
        maxLength={glossaryLimits.definition + 200}
        hint={`Short and precise; link to the documentation for the rest (at most ${glossaryLimits.definition.toLocaleString("en")} characters).`}
        errors={errorsAt("definition")}
        previewTestId={`${id}-definition-preview`}
        previewClassName="min-h-24"
      />
      <Field id={`${id}-example`} label="Example sentence" hint="How someone in this community would say it." errors={errorsAt("example")}>
        {(props) => <Input {...props} value={sense.example} onChange={(event) => onChange({ example: event.target.value })} maxLength={glossaryLimits.example + 40} />}
      </Field>
      <div className="space-y-2">
        <p className="text-sm font-medium">Documentation links</p>
        {links.map((link, linkIndex) => (
          <div key={linkIndex} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)_auto]">
            <Field id={`${id}-link-${linkIndex}-title`} label={<span className="sr-only">Link {linkIndex + 1} title</span>} errors={errorsAt(`links.${linkIndex}.title`)}>
              {(props) => <Input {...props} placeholder="Title, e.g. Lmod documentation" value={link.title} onChange={(event) => onChange({ links: links.map((item, position) => (position === linkIndex ? { ...item, title: event.target.value } : item)) })} />}
            </Field>
            <Field id={`${id}-link-${linkIndex}-url`} label={<span className="sr-only">Link {linkIndex + 1} address</span>} errors={errorsAt(`links.${linkIndex}.url`)}>
              {(props) => <Input {...props} type="url" placeholder="https://…" value={link.url} onChange={(event) => onChange({ links: links.map((item, position) => (position === linkIndex ? { ...item, url: event.target.value } : item)) })} />}
            </Field>
            <Button type="button" variant="ghost" size="sm" className="self-start" onClick={() => onChange({ links: links.filter((_, position) => position !== linkIndex) })}>
              <Trash2 aria-hidden className="size-4" />
              <span className="sr-only">Remove link {linkIndex + 1}</span>
            </Button>
          </div>
        ))}
        {errorsAt("links") ? <p className="text-sm font-medium text-danger">{errorsAt("links")!.join(" ")}</p> : null}
        {links.length < glossaryLimits.links ? (
          <Button type="button" variant="ghost" size="sm" onClick={() => onChange({ links: [...links, { title: "", url: "" }] })}>
            <Plus aria-hidden className="size-4" /> Add a link
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}

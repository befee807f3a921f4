"use client";

import Link from "next/link";
import { startTransition, useState, type FormEvent } from "react";
import { MarkdownField } from "@/components/markdown/markdown-field";
import { AgendaEditor, type AgendaRow } from "@/components/sessions/agenda-editor";
import { useViewerTimeZone } from "@/components/sessions/local-time";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { UserText } from "@/components/ui/user-text";
import type { ActionResult } from "@/lib/action-result";
import type { SessionForEditing } from "@/lib/sessions/records";
import type { NotesEditors, SessionVisibility } from "@/lib/generated/prisma/enums";
import { limits, notesEditorsHints, notesEditorsLabels, notesEditorsOrder, visibilityHints, visibilityLabels, visibilityOrder } from "@/lib/sessions/schemas";
import { slugify, slugLimits } from "@/lib/sessions/slug";

export interface SessionFormValues {
  title: string;
  slug: string;
  description: string;
  /** Null for a new session: the chair's browser zone, or UTC without JavaScript. */
  timeZone: string | null;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  venue: string;
  videoUrl: string;
  chatUrl: string;
  visibility: SessionVisibility;
  notesEditors: NotesEditors;
  agenda: AgendaRow[];
}

/** Minutes between two wall-clock times, for the agenda's "of the session's 60" (daylight saving aside). */
function wallMinutes(startDate: string, startTime: string, endDate: string, endTime: string) {
  const at = (date: string, time: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) ? Date.parse(`${date}T${time}:00Z`) : Number.NaN);
  const minutes = (at(endDate || startDate, endTime) - at(startDate, startTime)) / 60_000;
  return Number.isFinite(minutes) && minutes > 0 ? minutes : null;
}

/**
 * The session form, for a new session and for editing one. Submitting never
 * clears it: whatever the server refuses is shown at its field, agenda rows
 * included, and everything typed stays.
 */
export function SessionForm<Result>({
  action,
  initial,
  timeZones,
  session,
  submitLabel,
  cancelHref,
}: {
  action: (previous: ActionResult<Result> | null, formData: FormData) => Promise<ActionResult<Result>>;
  initial: SessionFormValues;
  /** The zones to choose from (the server's list, so the choice is one it accepts). */
  timeZones: string[];
  /** Set when editing: which session, and the version the form was opened on. */
  session?: { id: number; version: string };
  submitLabel: string;
  cancelHref: string;
}) {
  const [state, formAction, isPending] = useFormAction(action);
  const errors = state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
  // Another chair saved in between: their version is shown, and saving again puts this one over it.
  const conflict = state && !state.ok && state.error.code === "CONFLICT" ? (state.error.current as SessionForEditing) : null;
  const version = conflict?.version ?? session?.version;
  const [submittedKeys, setSubmittedKeys] = useState<string[]>([]);

  const [title, setTitle] = useState(initial.title);
  const [slug, setSlug] = useState(initial.slug);
  const [isSlugAuto, setIsSlugAuto] = useState(!session && !initial.slug);
  const shownSlug = isSlugAuto ? slugify(title) : slug;

  const [description, setDescription] = useState(initial.description);

  const viewerTimeZone = useViewerTimeZone();
  const [chosenTimeZone, setChosenTimeZone] = useState(initial.timeZone);
  const timeZone = chosenTimeZone ?? viewerTimeZone ?? "UTC";
  const zoneOptions = timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones];

  const [times, setTimes] = useState({ startDate: initial.startDate, startTime: initial.startTime, endDate: initial.endDate, endTime: initial.endTime });
  const setStartDate = (startDate: string) =>
    // The end date follows the start date until it is given a day of its own.
    setTimes((current) => ({ ...current, startDate, endDate: !current.endDate || current.endDate === current.startDate ? startDate : current.endDate }));
  const sessionMinutes = wallMinutes(times.startDate, times.startTime, times.endDate, times.endTime);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setSubmittedKeys(Array.from(event.currentTarget.querySelectorAll<HTMLElement>("[data-agenda-key]"), (row) => row.dataset.agendaKey ?? ""));
    startTransition(() => formAction(formData));
  };

  const hasFieldErrors = Boolean(state && !state.ok && state.error.fieldErrors && Object.keys(state.error.fieldErrors).length);

  return (
    <form action={formAction} onSubmit={submit} className="space-y-8" noValidate>
      {session ? (
        <>
          <input type="hidden" name="sessionId" value={session.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      {state && !state.ok ? (
        <Notice tone={conflict ? "warning" : "error"} isUrgent title={conflict ? "Another chair saved first" : "Not saved yet"}>
          {hasFieldErrors ? "Please correct the fields marked below; nothing you typed was lost." : state.error.message}
          {conflict ? (
            <span className="mt-2 block" data-testid="conflicting-version">
              Their version: <UserText className="font-medium">{conflict.title}</UserText>, {conflict.startDate} {conflict.startTime}–{conflict.endDate === conflict.startDate ? "" : `${conflict.endDate} `}
              {conflict.endTime} ({conflict.timeZone}){conflict.venue ? <>, <UserText>{conflict.venue}</UserText></> : null}; {conflict.agenda.length} agenda item{conflict.agenda.length === 1 ? "" : "s"}.
            </span>
          ) : null}
        </Notice>
      ) : null}

      <section className="space-y-5">
        <Field id="session-title" label="Title" hint="E.g. “Python for HPC: State of the Ecosystem” or “Working-group call: packaging”." errors={errors.title}>
          {(props) => <Input {...props} name="title" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={limits.title} required />}
        </Field>

        <Field
          id="session-slug"
          label="Address"
          hint={isSlugAuto ? "Made from the title; change it if you like. A number is added if another session has it." : "Lower-case letters, digits and hyphens. Links to the old address stop working when you change it."}
          errors={errors.slug}
        >
          {(props) => (
            <div className="flex min-w-0 items-stretch">
              <span className="inline-flex items-center rounded-l-lg border border-r-0 border-line-strong bg-surface-muted px-3 text-sm text-muted">/sessions/</span>
              <Input
                {...props}
                name="slug"
                value={shownSlug}
                onChange={(event) => {
                  setIsSlugAuto(false);
                  setSlug(event.target.value);
                }}
                maxLength={slugLimits.max}
                autoCapitalize="none"
                spellCheck={false}
                className="min-w-0 rounded-l-none font-mono"
              />
            </div>
          )}
        </Field>
        <input type="hidden" name="isSlugAuto" value={isSlugAuto ? "1" : ""} />

        <MarkdownField
          id="session-description"
          name="description"
          label="Description"
          labelNote="(Markdown, optional)"
          value={description}
          onChange={setDescription}
          rows={8}
          maxLength={limits.description}
          placeholder="What the session is about, who should come, what to prepare."
          hint="Lists, links and code work; “PEP 703” becomes a link."
          errors={errors.description}
          previewTestId="description-preview"
        />
      </section>

      <section className="space-y-4 rounded-xl border border-line bg-surface p-5" aria-labelledby="session-when">
        <div>
          <h2 id="session-when" className="font-semibold">
            When
          </h2>
          <p className="text-sm text-muted">Give the times as the clocks show them where the session is planned; everyone else sees them in their own zone.</p>
        </div>
        <Field
          id="session-zone"
          label="Time zone"
          hint={viewerTimeZone && !chosenTimeZone && !session ? `Your browser’s zone, ${viewerTimeZone}, to start with.` : undefined}
          errors={errors.timeZone}
        >
          {(props) => (
            <Select {...props} name="timeZone" value={timeZone} onChange={(event) => setChosenTimeZone(event.target.value)} className="sm:max-w-sm">
              {zoneOptions.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <DateTimeFields
            legend="Starts"
            date={{ id: "session-start-date", name: "startDate", label: "Start date", value: times.startDate, onChange: setStartDate, errors: errors.startDate }}
            time={{ id: "session-start-time", name: "startTime", label: "Start time", value: times.startTime, onChange: (startTime) => setTimes((current) => ({ ...current, startTime })), errors: errors.startTime }}
          />
          <DateTimeFields
            legend="Ends"
            date={{ id: "session-end-date", name: "endDate", label: "End date", value: times.endDate, onChange: (endDate) => setTimes((current) => ({ ...current, endDate })), errors: errors.endDate }}
            time={{ id: "session-end-time", name: "endTime", label: "End time", value: times.endTime, onChange: (endTime) => setTimes((current) => ({ ...current, endTime })), errors: errors.endTime }}
          />
        </div>
      </section>

      <section className="space-y-4 rounded-xl border border-line bg-surface p-5" aria-labelledby="session-where">
        <div>
          <h2 id="session-where" className="font-semibold">
            Where
          </h2>
          <p className="text-sm text-muted">A room, a link, or both. Every field is optional.</p>
        </div>
        <Field id="session-venue" label="Venue" hint="E.g. “Room 210, Example Convention Centre”." errors={errors.venue}>
          {(props) => <Input {...props} name="venue" defaultValue={initial.venue} maxLength={limits.venue} />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="session-video" label="Video link" hint="Where to join remotely." errors={errors.videoUrl}>
            {(props) => <Input {...props} name="videoUrl" type="url" inputMode="url" defaultValue={initial.videoUrl} maxLength={limits.url} placeholder="https://" />}
          </Field>
          <Field id="session-chat" label="Chat link" hint="Where the conversation goes on." errors={errors.chatUrl}>
            {(props) => <Input {...props} name="chatUrl" type="url" inputMode="url" defaultValue={initial.chatUrl} maxLength={limits.url} placeholder="https://" />}
          </Field>
        </div>
      </section>

      <section className="grid gap-6 md:grid-cols-2">
        <ChoiceGroup
          legend="Who can see it"
          name="visibility"
          options={visibilityOrder.map((value) => ({ value, label: visibilityLabels[value], hint: visibilityHints[value] }))}
          initial={initial.visibility}
          errors={errors.visibility}
        />
        <ChoiceGroup
          legend="Who may edit the notes"
          name="notesEditors"
          options={notesEditorsOrder.map((value) => ({ value, label: notesEditorsLabels[value], hint: notesEditorsHints[value] }))}
          initial={initial.notesEditors}
          errors={errors.notesEditors}
        />
      </section>

      <section className="space-y-4 rounded-xl border border-line bg-surface p-5" aria-labelledby="session-agenda">
        <div>
          <h2 id="session-agenda" className="font-semibold">
            Agenda
          </h2>
          <p className="text-sm text-muted">In the order they happen; each item starts when the one before has had its minutes. Empty rows are left out.</p>
        </div>
        <AgendaEditor initial={initial.agenda} fieldErrors={errors} submittedKeys={submittedKeys} sessionMinutes={sessionMinutes} />
      </section>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Saving…" : conflict ? "Save mine over theirs" : submitLabel}
        </Button>
        <Link href={cancelHref} className="text-sm font-medium text-muted hover:text-ink">
          Cancel
        </Link>
        {/* Beside the button too: after a refusal without field errors, the notice at the top may be off-screen. */}
        {state && !state.ok && !state.error.fieldErrors ? <p className="text-sm font-medium text-danger">{conflict ? "Not saved: someone else saved first (their version is above)." : "Not saved — see the message at the top of the form."}</p> : null}
      </div>
    </form>
  );
}

function ChoiceGroup<T extends string>({
  legend,
  name,
  options,
  initial,
  errors,
}: {
  legend: string;
  name: string;
  options: { value: T; label: string; hint: string }[];
  initial: T;
  errors?: string[];
}) {
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="grid gap-2">
        {options.map((option) => (
          <label key={option.value} className="flex cursor-pointer gap-3 rounded-lg border border-line bg-surface p-3 text-sm hover:border-primary/40 has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
            <input type="radio" name={name} value={option.value} defaultChecked={initial === option.value} className="mt-0.5 accent-[var(--primary)]" />
            <span>
              <span className="block font-medium">{option.label}</span>
              <span className="block text-xs text-muted">{option.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {errors ? <p className="text-sm font-medium text-danger">{errors.join(" ")}</p> : null}
    </fieldset>
  );
}

interface DateTimePart {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
}

/** A date and a time side by side under one legend, their messages under both (the time column is narrow). */
function DateTimeFields({ legend, date, time }: { legend: string; date: DateTimePart; time: DateTimePart }) {
  const input = (part: DateTimePart, type: "date" | "time") => (
    <div className="min-w-0">
      <label htmlFor={part.id} className="sr-only">
        {part.label}
      </label>
      <Input
        id={part.id}
        type={type}
        name={part.name}
        value={part.value}
        onChange={(event) => part.onChange(event.target.value)}
        aria-invalid={part.errors ? true : undefined}
        aria-describedby={part.errors ? `${part.id}-error` : undefined}
      />
    </div>
  );
  return (
    <fieldset className="min-w-0 space-y-1.5">
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,8.5rem)] gap-2">
        {input(date, "date")}
        {input(time, "time")}
      </div>
      {[date, time].map((part) =>
        part.errors ? (
          <p key={part.id} id={`${part.id}-error`} className="text-sm font-medium text-danger">
            {part.errors.join(" ")}
          </p>
        ) : null,
      )}
    </fieldset>
  );
}

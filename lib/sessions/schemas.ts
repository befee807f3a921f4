import { z } from "zod";
import type { NotesEditors, SessionVisibility } from "@/lib/generated/prisma/enums";
import { isUsableSlug, reservedSlugs, slugLimits, slugPattern } from "@/lib/sessions/slug";
import { canonicalTimeZone, datePattern, timePattern, wallTimeToUtc } from "@/lib/sessions/zoned-time";
import { formVersion, recordId } from "@/lib/validation/form-fields";

/** Limits on every field a chair types. */
export const limits = {
  title: 200,
  description: 20_000,
  venue: 200,
  url: 500,
  agendaItems: 40,
  agendaTitle: 200,
  speaker: 120,
  minMinutes: 1,
  maxMinutes: 600,
  /** A session (or a workshop) lasts at most this long; anything longer is a typo in a date. */
  maxDays: 7,
} as const;

/** A session's id as a form or Server Action sends it. */
export const sessionIdSchema = recordId("session");

export const visibilityOrder: SessionVisibility[] = ["PUBLIC", "MEMBERS"];
export const visibilityLabels: Record<SessionVisibility, string> = { PUBLIC: "Public", MEMBERS: "Members only" };
export const visibilityHints: Record<SessionVisibility, string> = {
  PUBLIC: "Listed for everyone, in the public calendar feed too.",
  MEMBERS: "Only working-group members, chairs and admins see it at all.",
};

export const notesEditorsOrder: NotesEditors[] = ["SIGNED_IN", "MEMBERS", "CHAIRS"];
export const notesEditorsLabels: Record<NotesEditors, string> = { SIGNED_IN: "Signed-in people", MEMBERS: "Members", CHAIRS: "Chairs" };
export const notesEditorsHints: Record<NotesEditors, string> = {
  SIGNED_IN: "Anyone who can see the session and is signed in.",
  MEMBERS: "Working-group members, chairs and admins.",
  CHAIRS: "Only the chairs (and admins) take the notes.",
};

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { message })
    .transform((value) => value || null);

/** An http(s) link, or nothing. */
const optionalLink = (what: string) =>
  z
    .string()
    .trim()
    .max(limits.url, { message: `Keep the link under ${limits.url} characters.` })
    .refine(
      (value) => {
        if (!value) return true;
        try {
          const url = new URL(value);
          return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0 && !url.username && !url.password;
        } catch {
          return false;
        }
      },
      { message: `Give the ${what} as a web address starting with https:// (or http://).` },
    )
    .transform((value) => value || null);

const wholeMinutes = /^\d{1,4}$/;

/** The form's own fields, each checked alone; how they fit together is checked in `parseSessionForm`. */
const fieldsSchema = z.object({
  title: z
    .string({ message: "Give the session a title." })
    .trim()
    .min(3, { message: "Give the session a title of at least 3 characters." })
    .max(limits.title, { message: `Keep the title under ${limits.title} characters.` }),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(slugLimits.max, { message: `Keep the address under ${slugLimits.max} characters.` })
    .refine((value) => value === "" || (value.length >= slugLimits.min && slugPattern.test(value)), {
      message: `Use ${slugLimits.min} or more lower-case letters, digits and single hyphens, e.g. “sc25-python-bof”.`,
    })
    .refine((value) => !reservedSlugs.has(value), { message: "That word is taken by the site itself; choose another address." })
    .default(""),
  /** Set by the form while the address is still the one derived from the title. */
  isSlugAuto: z.preprocess((value) => value === "1" || value === "true" || value === true, z.boolean()),
  description: z
    .string()
    .trim()
    .max(limits.description, { message: `Keep the description under ${limits.description.toLocaleString("en")} characters.` })
    .default(""),
  timeZone: z
    .string({ message: "Choose the time zone the times are in." })
    .trim()
    .transform((value, context) => {
      const canonical = canonicalTimeZone(value);
      if (canonical) return canonical;
      context.addIssue({ code: "custom", message: "Choose a time zone from the list, e.g. Europe/Berlin or America/Chicago." });
      return z.NEVER;
    }),
  startDate: z.string({ message: "Give the date it starts." }).trim().regex(datePattern, { message: "Give the date it starts, e.g. 2025-11-18." }),
  startTime: z.string({ message: "Give the time it starts." }).trim().regex(timePattern, { message: "Give the time it starts as hours and minutes, e.g. 12:15." }),
  endDate: z
    .string()
    .trim()
    .refine((value) => value === "" || datePattern.test(value), { message: "Give the date it ends, e.g. 2025-11-18, or leave it empty for the same day." })
    .default(""),
  endTime: z.string({ message: "Give the time it ends." }).trim().regex(timePattern, { message: "Give the time it ends as hours and minutes, e.g. 13:15." }),
  venue: optionalText(limits.venue, `Keep the venue under ${limits.venue} characters.`).default(null),
  videoUrl: optionalLink("video link").default(null),
  chatUrl: optionalLink("chat link").default(null),
  visibility: z.enum(visibilityOrder as [SessionVisibility, ...SessionVisibility[]], { message: "Choose who can see the session." }),
  notesEditors: z.enum(notesEditorsOrder as [NotesEditors, ...NotesEditors[]], { message: "Choose who may edit the notes." }),
});

export interface AgendaItemInput {
  title: string;
  speaker: string | null;
  minutes: number;
}

/** A session as the use cases take it. */
export interface SessionInput {
  title: string;
  /** Null: derive it from the title. */
  slug: string | null;
  /** True while the address is the one derived from the title: if taken, the next free one is used instead of refusing. */
  isSlugAuto: boolean;
  description: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  videoUrl: string | null;
  chatUrl: string | null;
  visibility: SessionVisibility;
  notesEditors: NotesEditors;
  agenda: AgendaItemInput[];
}

export type SessionFormParse = { ok: true; input: SessionInput } | { ok: false; fieldErrors: Record<string, string[]> };

type Problems = Record<string, string[]>;
const add = (problems: Problems, key: string, message: string) => (problems[key] ??= []).push(message);

/**
 * Checks a posted session form (as `readSessionForm` reads it) and turns it
 * into a session: start and end from date and time in the chosen zone, the
 * agenda's rows into items. Every problem is reported at once, at the field
 * it concerns; agenda rows as `agenda.<row>.<field>`, counting the rows as
 * they were on the page (empty rows included, and then dropped).
 */
export function parseSessionForm(values: Record<string, unknown>): SessionFormParse {
  const problems: Problems = {};
  // While the address is the one the form derived from the title, it is ours to fix, not the chair's.
  const isSlugAuto = values.isSlugAuto === "1" || values.isSlugAuto === "true" || values.isSlugAuto === true;
  const postedSlug = typeof values.slug === "string" ? values.slug.trim().toLowerCase() : "";
  const fields = fieldsSchema.safeParse(isSlugAuto ? { ...values, slug: isUsableSlug(postedSlug) ? postedSlug : "" } : values);
  if (!fields.success) Object.assign(problems, sessionFieldErrors(fields.error));

  const text = (key: string) => (typeof values[key] === "string" ? (values[key] as string).trim() : "");
  const timeZone = canonicalTimeZone(text("timeZone"));
  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  if (timeZone && !problems.startDate && !problems.startTime) {
    const starts = wallTimeToUtc({ date: text("startDate"), time: text("startTime") }, timeZone);
    if (starts.ok) startsAt = starts.instant;
    else if (starts.reason === "invalid") add(problems, "startDate", "That date does not exist.");
    else add(problems, "startTime", `There is no ${text("startTime")} on ${text("startDate")} in ${timeZone}: the clocks go forward then. Choose another time.`);
  }
  // No end date means the same day; a start date that is wrong is reported once, at the start.
  const endDate = text("endDate") || text("startDate");
  const isEndDateOwn = Boolean(text("endDate"));
  if (timeZone && !problems.endDate && !problems.endTime && datePattern.test(endDate) && (isEndDateOwn || !problems.startDate)) {
    const ends = wallTimeToUtc({ date: endDate, time: text("endTime") }, timeZone);
    if (ends.ok) endsAt = ends.instant;
    else if (ends.reason === "invalid") add(problems, "endDate", "That date does not exist.");
    else add(problems, "endTime", `There is no ${text("endTime")} on ${endDate} in ${timeZone}: the clocks go forward then. Choose another time.`);
  }
  if (startsAt && endsAt) {
    const duration = endsAt.getTime() - startsAt.getTime();
    if (duration <= 0) add(problems, "endTime", "The session has to end after it starts.");
    else if (duration > limits.maxDays * 86_400_000) add(problems, "endDate", `A session lasts at most ${limits.maxDays} days; check the dates.`);
  }

  const agenda = parseAgenda(values.agenda, problems);

  if (!fields.success || !startsAt || !endsAt || Object.keys(problems).length > 0) return { ok: false, fieldErrors: problems };
  const { endDate: _endDate, startDate: _startDate, startTime: _startTime, endTime: _endTime, slug, isSlugAuto: _isSlugAuto, ...rest } = fields.data;
  return { ok: true, input: { ...rest, slug: slug || null, isSlugAuto: isSlugAuto || !slug, startsAt, endsAt, agenda } };
}

function parseAgenda(value: unknown, problems: Problems): AgendaItemInput[] {
  const rows = Array.isArray(value) ? (value as unknown[]) : [];
  const cell = (row: unknown, key: string) => {
    const cellValue = row && typeof row === "object" ? (row as Record<string, unknown>)[key] : undefined;
    return typeof cellValue === "string" ? cellValue.trim() : typeof cellValue === "number" ? String(cellValue) : "";
  };
  const items: AgendaItemInput[] = [];
  rows.forEach((row, index) => {
    const [title, speaker, minutesText] = [cell(row, "title"), cell(row, "speaker"), cell(row, "minutes")];
    if (!title && !speaker && !minutesText) return; // an empty row is no item
    const before = Object.keys(problems).length;
    if (!title) add(problems, `agenda.${index}.title`, "Give the item a title.");
    else if (title.length > limits.agendaTitle) add(problems, `agenda.${index}.title`, `Keep item titles under ${limits.agendaTitle} characters.`);
    if (speaker.length > limits.speaker) add(problems, `agenda.${index}.speaker`, `Keep the speaker under ${limits.speaker} characters.`);
    const minutes = Number(minutesText);
    if (!wholeMinutes.test(minutesText) || minutes < limits.minMinutes || minutes > limits.maxMinutes) {
      add(problems, `agenda.${index}.minutes`, `Give the minutes as a whole number from ${limits.minMinutes} to ${limits.maxMinutes}.`);
    }
    if (Object.keys(problems).length === before) items.push({ title, speaker: speaker || null, minutes });
  });
  if (items.length > limits.agendaItems) add(problems, "agenda", `An agenda has at most ${limits.agendaItems} items.`);
  return items;
}

/**
 * Reads a posted session form: the agenda's repeated fields, zipped into rows
 * in the order the browser sent them, which is their order on the page.
 */
export function readSessionForm(formData: FormData) {
  const strings = (name: string) => formData.getAll(name).map((value) => (typeof value === "string" ? value : ""));
  const titles = strings("agendaTitle");
  const speakers = strings("agendaSpeaker");
  const minutes = strings("agendaMinutes");
  const values: Record<string, unknown> = {};
  for (const [key, value] of formData) {
    if (key.startsWith("agenda") || key.startsWith("$")) continue;
    if (typeof value === "string") values[key] = value;
  }
  values.agenda = titles.map((title, index) => ({ title, speaker: speakers[index] ?? "", minutes: minutes[index] ?? "" }));
  return values;
}

/** Field errors keyed by the field's path: "title", "startTime", "agenda.2.minutes". */
export function sessionFieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

// What the session forms send ----------------------------------------------------

/** `parseSessionForm` as a schema, so Server Actions read every form the same way (lib/define-action.ts). */
export const sessionFormSchema = z.record(z.string(), z.unknown()).transform((values, context) => {
  const parsed = parseSessionForm(values);
  if (parsed.ok) return parsed.input;
  for (const [field, messages] of Object.entries(parsed.fieldErrors)) for (const message of messages) context.addIssue({ code: "custom", message, path: [field] });
  return z.NEVER;
});

/** The edit form also names the session and the version (its last change) it was opened at. */
export const editSessionFormSchema = z
  .object({ sessionId: formVersion, version: z.string().min(1).max(40) })
  .and(sessionFormSchema)
  .transform(({ sessionId, version, ...input }) => ({ sessionId: Number(sessionId), version: String(version), input: input as SessionInput }));

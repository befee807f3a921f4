import { z } from "zod";
import { recordId } from "@/lib/validation/form-fields";

/** Limits on what a member types into the evidence forms (what the forms show). */
export const evidenceLimits = {
  linkTitle: 300,
  url: 2_000,
  note: 500,
  reference: 300,
} as const;

export const evidenceKindLabels = {
  PEP: "PEPs",
  PAIN_POINT: "Pain points",
  SESSION: "Session notes",
  STATEMENT: "Other statements",
  LINK: "Upstream threads",
} as const;

/** Statement addresses: lower-case letters and digits joined by single hyphens. */
export const statementSlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const statementSlugSchema = z.string({ message: "Unknown statement." }).trim().max(120, { message: "Unknown statement." }).regex(statementSlugPattern, { message: "Unknown statement." });

export const statementIdSchema = recordId("statement");

const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

/**
 * A reference typed into a field: one line, not empty, not a page of text. A
 * number is taken as its digits, so what a schema gave back parses again to
 * the same (the Server Action parses, then the use case).
 */
const reference = (message: string) =>
  z
    .preprocess((value) => (typeof value === "number" ? String(value) : value), z.string({ message }))
    .transform(oneLine)
    .pipe(z.string().min(1, { message }).max(evidenceLimits.reference, { message }));

/** The last path segment(s) of an address on this or any hub, or the text itself: "…/sessions/sc25-bof/notes" → "sc25-bof". */
const fromAddress = (value: string, section: string) => {
  const match = new RegExp(`(?:^|/)${section}/([^/?#\\s]+)`).exec(value);
  return (match ? match[1]! : value).toLowerCase();
};

/** "703", "PEP 703", "pep-703" or a peps.python.org address ("…/pep-0703/"). */
export const pepReferenceSchema = reference("Give a PEP number, like 703.").transform((value, context) => {
  const match = /^(?:pep[\s-]*)?(\d{1,5})$/i.exec(value) ?? /peps\.python\.org\/pep-(\d{1,5})\/?$/i.exec(value) ?? /\/peps\/(\d{1,5})\/?$/.exec(value);
  if (!match) {
    context.addIssue({ code: "custom", message: "Give a PEP number, like 703 or “PEP 703”." });
    return z.NEVER;
  }
  return Number(match[1]);
});

/** "123", "#123", "#pain-123" or the report's address ("…/pain-points/123"). */
export const painPointReferenceSchema = reference("Give the report’s number, like 123 or #pain-123.").transform((value, context) => {
  const match = /^#?(?:pain-)?(\d{1,9})$/i.exec(value) ?? /\/pain-points\/(\d{1,9})\/?(?:[?#].*)?$/.exec(value);
  if (!match) {
    context.addIssue({ code: "custom", message: "Give the report’s number, like 123 or #pain-123, or paste its address." });
    return z.NEVER;
  }
  return Number(match[1]);
});

/** A slug of the hub's `section` (sessions, statements) or an address in it, as `what` is named in the message. */
const slugReference = (section: string, what: string, example: string) => {
  const message = `Give the ${what}’s address or its short name (the part after /${section}/), like ${example}.`;
  return reference(message).transform((value, context) => {
    const slug = fromAddress(value, section);
    if (!statementSlugPattern.test(slug) || slug.length > 120) {
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return slug;
  });
};

/** A session's slug or its address ("…/sessions/sc25-bof" or its notes page). */
export const sessionReferenceSchema = slugReference("sessions", "session", "sc25-python-hpc-bof");

/** Another statement's slug or address ("…/statements/free-threading-on-clusters"). */
export const statementReferenceSchema = slugReference("statements", "statement", "free-threading-on-clusters");

/** An http(s) address to an upstream thread or document, in its normalized form. */
export const evidenceUrlSchema = z
  .string({ message: "Give the link’s address, starting with https://." })
  .trim()
  .min(1, { message: "Give the link’s address, starting with https://." })
  .max(evidenceLimits.url, { message: `Keep the address under ${evidenceLimits.url.toLocaleString("en")} characters.` })
  .transform((value, context) => {
    const url = URL.canParse(value) ? new URL(value) : null;
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname.includes(".")) {
      context.addIssue({ code: "custom", message: "Give a web address starting with https:// (or http://), like a GitHub issue or a forum thread." });
      return z.NEVER;
    }
    if (url.username || url.password) {
      context.addIssue({ code: "custom", message: "Leave the user name and password out of the address." });
      return z.NEVER;
    }
    return url.href;
  });

export const evidenceLinkTitleSchema = z
  .string({ message: "Give the link a title, so readers know what it is." })
  .transform(oneLine)
  .pipe(
    z
      .string()
      .min(1, { message: "Give the link a title, so readers know what it is." })
      .max(evidenceLimits.linkTitle, { message: `Keep the title under ${evidenceLimits.linkTitle} characters.` }),
  );

/** Why it matters, in a line; empty means none. */
export const evidenceNoteSchema = z.preprocess(
  (value) => (value === undefined || value === null ? "" : value),
  z
    .string({ message: "Write the note as text." })
    .transform(oneLine)
    .pipe(z.string().max(evidenceLimits.note, { message: `Keep the note under ${evidenceLimits.note} characters.` }))
    .transform((value) => value || null),
);

const onStatement = { statementId: statementIdSchema, note: evidenceNoteSchema };

/** What the evidence panel's add forms send: one kind each, its reference in the field named for it. */
export const addEvidenceSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("PEP"), pepNumber: pepReferenceSchema, ...onStatement }),
    z.object({ kind: z.literal("PAIN_POINT"), painPoint: painPointReferenceSchema, ...onStatement }),
    z.object({ kind: z.literal("SESSION"), session: sessionReferenceSchema, ...onStatement }),
    z.object({ kind: z.literal("STATEMENT"), statement: statementReferenceSchema, ...onStatement }),
    z.object({ kind: z.literal("LINK"), url: evidenceUrlSchema, title: evidenceLinkTitleSchema, ...onStatement }),
  ],
  { message: "Choose what kind of evidence to add." },
);
export type AddEvidenceInput = z.infer<typeof addEvidenceSchema>;

export const removeEvidenceSchema = z.object({ statementId: statementIdSchema, evidenceId: recordId("evidence") });

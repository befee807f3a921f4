import { z } from "zod";
import { communityKinds, sameWord, type GlossaryTermContent } from "@/lib/glossary/glossary-content";
import { formVersion, recordId } from "@/lib/validation/form-fields";
import { withoutControlCharacters } from "@/lib/validation/text";

/** Limits on what people type into a term (what the form shows). */
export const glossaryLimits = {
  term: 60,
  aliases: 8,
  alias: 60,
  related: 8,
  areas: 6,
  senses: 4,
  subCommunity: 40,
  note: 160,
  definition: 1_200,
  example: 300,
  links: 4,
  linkTitle: 120,
  url: 500,
  reason: 1_000,
  search: 100,
} as const;

const characters = (count: number) => count.toLocaleString("en");

const text = (message: string) => z.string({ message }).pipe(withoutControlCharacters);

/** One line: runs of spaces and line breaks become one space. */
const oneLine = (what: string, max: number, min = 1) =>
  text(`Give the ${what}.`)
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(min, { message: `Give the ${what}.` })
        .max(max, { message: `Keep the ${what} under ${characters(max)} characters.` }),
    );

const optionalLine = (what: string, max: number) =>
  z.preprocess((value) => (value === undefined || value === null ? "" : value), oneLine(what, max, 0)).transform((value) => value || undefined);

/** A link out: https (or http) only, so a `javascript:` or `data:` URL never becomes a link. */
const linkSchema = z.object({
  title: oneLine("link's title", glossaryLimits.linkTitle),
  url: text("Give the link's address.")
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .max(glossaryLimits.url, { message: `Keep the address under ${characters(glossaryLimits.url)} characters.` })
        .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), { message: "Give a web address starting with https://." }),
    ),
});

export const communitySchema = z.enum(communityKinds, { message: "Choose whose reading this sense is: HPC, Python or both." });

export const senseSchema = z.object({
  community: communitySchema,
  subCommunity: optionalLine("sub-community", glossaryLimits.subCommunity),
  note: oneLine("one-line note", glossaryLimits.note, 3),
  definition: text("Write the definition.")
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(3, { message: "Write the definition." })
        .max(glossaryLimits.definition, { message: `Keep the definition under ${characters(glossaryLimits.definition)} characters: link to the documentation for the rest.` }),
    ),
  example: oneLine("example sentence", glossaryLimits.example, 3),
  links: z.array(linkSchema).max(glossaryLimits.links, { message: `Give at most ${glossaryLimits.links} links per sense.` }),
});

const slugList = (what: string, max: number) =>
  z
    .array(z.string().regex(/^[a-z0-9-]{1,60}$/, { message: `Unknown ${what}.` }))
    .max(max, { message: `Choose at most ${max} ${what}s.` })
    .transform((values) => [...new Set(values)]);

/**
 * A term's whole content, as proposed or stored. Headword and aliases must be
 * different words; whether another term already uses them is the database's
 * question (lib/glossary/records.ts).
 */
export const termContentSchema = z
  .object({
    term: oneLine("term", glossaryLimits.term, 2),
    aliases: z
      .array(oneLine("alias", glossaryLimits.alias))
      .max(glossaryLimits.aliases, { message: `Give at most ${glossaryLimits.aliases} other spellings.` })
      .transform((values) => [...new Map(values.filter(Boolean).map((value) => [sameWord(value), value])).values()]),
    areas: slugList("area", glossaryLimits.areas),
    related: slugList("related term", glossaryLimits.related),
    senses: z.array(senseSchema).min(1, { message: "Give the term at least one sense." }).max(glossaryLimits.senses, { message: `A term has at most ${glossaryLimits.senses} senses.` }),
  })
  .superRefine((content, context) => {
    if (content.aliases.some((alias) => sameWord(alias) === sameWord(content.term))) context.addIssue({ code: "custom", path: ["aliases"], message: "An alias repeats the term itself; remove it." });
  }) satisfies z.ZodType<GlossaryTermContent>;

export type TermContentInput = z.output<typeof termContentSchema>;

export const glossarySlugSchema = z.string().regex(/^[a-z0-9-]{1,60}$/, { message: "Unknown term." });

/** "Module (HPC)" → "module-hpc": the permanent URL of a new term. */
export function slugForTerm(term: string): string {
  return (
    term
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\+/g, "p")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "term"
  );
}

const reasonSchema = (message: string) =>
  text(message)
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(3, { message })
        .max(glossaryLimits.reason, { message: `Keep it under ${characters(glossaryLimits.reason)} characters.` }),
    );

/**
 * The term form's post: its fields as `content` (JSON, because a term has a
 * list of senses each with a list of links), why, and what it is a change of.
 */
const contentField = z
  .string({ message: "The form is out of date; reload the page." })
  .transform((value, context) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "The form is out of date; reload the page." });
      return z.NEVER;
    }
  })
  .pipe(termContentSchema);

export const proposeTermSchema = z.object({
  content: contentField,
  reason: reasonSchema("Say where the term comes up and why it needs an entry."),
});

export const proposeChangeSchema = z.object({
  slug: glossarySlugSchema,
  kind: z.enum(["NEW_SENSE", "EDIT"], { message: "The form is out of date; reload the page." }),
  baseVersion: formVersion,
  content: contentField,
  reason: reasonSchema("Say what the change corrects or adds."),
});

export const proposalRefSchema = z.object({ proposalId: recordId("proposal") });

/** A chair approving, with the content as they left it (they may edit before approving). */
export const approveProposalSchema = proposalRefSchema.extend({
  content: contentField,
  /** The term's version the chair compared against (absent for a new term): approving over a newer version unseen is refused. */
  termVersion: z.preprocess((value) => (value === "" ? undefined : value), formVersion.optional()),
});

export const declineProposalSchema = proposalRefSchema.extend({ reason: reasonSchema("Say why the proposal is declined: the proposer reads it.") });

/** A chair's own edit, applied at once. */
export const editTermSchema = z.object({
  slug: glossarySlugSchema,
  baseVersion: formVersion,
  content: contentField,
  reason: reasonSchema("Say what the edit changes."),
});

export const listGlossarySchema = z.object({
  q: z.preprocess((value) => (typeof value === "string" ? value : undefined), withoutControlCharacters.pipe(z.string().max(glossaryLimits.search)).optional()),
  community: communitySchema.optional(),
  area: z.string().regex(/^[a-z0-9-]{1,40}$/, { message: "Unknown area." }).optional(),
});
export type ListGlossaryInput = z.output<typeof listGlossarySchema>;

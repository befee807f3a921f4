import { z } from "zod";
import type { PainSeverity, PainStatus } from "@/lib/generated/prisma/enums";
import { contextChoices, severityOrder, statusOrder, type ContextField } from "@/lib/pain-points/vocabulary";

/** Limits on every field a person types. */
export const limits = {
  title: 160,
  description: 20_000,
  comment: 10_000,
  contextText: 80,
  site: 120,
  reason: 1_000,
  evidence: 1_000_000,
  url: 500,
} as const;

/** Per person and hour. */
export const rateLimits = { reports: 10, comments: 60, flags: 30 } as const;

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * A context field: one of its choices, or "other" with a short description,
 * stored as "other: <text>".
 */
function contextField(field: ContextField) {
  const keys = Object.keys(contextChoices[field]) as [string, ...string[]];
  return z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(limits.contextText + 7, { message: `Keep it under ${limits.contextText} characters.` })
      .refine((value) => keys.includes(value) || /^other:.{1,80}$/.test(value), { message: "Choose one of the options, or Other with a few words." })
      .optional(),
  );
}

export const contextSchema = z.object({
  site: z.preprocess(emptyToUndefined, z.string().trim().max(limits.site, { message: `Keep the site name under ${limits.site} characters.` }).optional()),
  siteKind: contextField("siteKind"),
  scheduler: contextField("scheduler"),
  filesystem: contextField("filesystem"),
  installMethod: contextField("installMethod"),
  pythonVersion: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^[23]\.\d{1,2}(\.\d{1,2})?([a-z]+\d*)?t?$/, { message: "Write a Python version like 3.12 or 3.13.1 (3.13t for free-threaded)." })
      .optional(),
  ),
  mpi: contextField("mpi"),
  accelerator: contextField("accelerator"),
});
export type PainPointContext = z.infer<typeof contextSchema>;

export const reportSchema = contextSchema.extend({
  title: z
    .string({ message: "Give the report a title." })
    .trim()
    .min(8, { message: "Give the report a title of at least 8 characters that says what goes wrong." })
    .max(limits.title, { message: `Keep the title under ${limits.title} characters.` }),
  areas: z
    .array(z.string().regex(/^[a-z0-9-]{1,40}$/, { message: "Unknown area." }))
    .min(1, { message: "Choose at least one area." })
    .max(6),
  severity: z.enum(severityOrder as [PainSeverity, ...PainSeverity[]], { message: "Choose how much this hurts." }),
  description: z
    .string({ message: "Describe the problem." })
    .trim()
    .min(20, { message: "Describe the problem in at least 20 characters: what you did, what happened, what you expected." })
    .max(limits.description, { message: `Keep the description under ${limits.description.toLocaleString("en")} characters.` }),
  isReporterPublic: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
  importTime: z.preprocess(emptyToUndefined, z.string().max(limits.evidence, { message: "That output is over 1 MB; paste the first part." }).optional()),
});
export type ReportInput = z.infer<typeof reportSchema>;

export const voteContextSchema = contextSchema.pick({ site: true, siteKind: true, filesystem: true, installMethod: true });

export const commentSchema = z.object({
  body: z
    .string({ message: "Write a comment." })
    .trim()
    .min(1, { message: "Write a comment." })
    .max(limits.comment, { message: `Keep comments under ${limits.comment.toLocaleString("en")} characters.` }),
});

export const reasonSchema = z
  .string({ message: "Say why." })
  .trim()
  .min(3, { message: "Say why, in a few words." })
  .max(limits.reason, { message: `Keep the reason under ${limits.reason} characters.` });

export const triageSchema = z.object({
  status: z.enum(statusOrder as [PainStatus, ...PainStatus[]], { message: "Choose a status." }),
  reason: reasonSchema,
  duplicateOfId: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1, { message: "Give the number of the original report." }).optional()),
});

export const upstreamLinkSchema = z.object({
  url: z
    .string()
    .trim()
    .max(limits.url)
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return url.protocol === "https:" && url.hostname.includes(".");
        } catch {
          return false;
        }
      },
      { message: "Give an https:// link to where the problem is discussed, e.g. a GitHub issue." },
    ),
});

/** Sites are compared without case or extra spaces: "Example Lab" and "example  lab" are one site. */
export const normalizeSite = (site: string | null | undefined) => site?.trim().toLowerCase().replace(/\s+/g, " ") || null;

import { z } from "zod";
import type { PainSeverity, PainStatus } from "@/lib/generated/prisma/enums";
import { readListParams, type RawParams } from "@/lib/http/list-query";
import { formCheckbox, formList, formVersion, recordId, storedInteger } from "@/lib/validation/form-fields";
import { contextChoices, filesystems, installMethods, schedulers, severityOrder, severitySlugs, statusOrder, statusSlugs, type ContextField } from "@/lib/pain-points/vocabulary";

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
  savedSiteName: 60,
  /** How many sites a person keeps. */
  savedSites: 10,
  /** A passage of a session's notes a chair files as a report (quoted in its description, which holds 20,000). */
  passage: 5_000,
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
  site: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(limits.site, { message: `Keep the site name under ${limits.site} characters.` })
      .optional(),
  ),
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
  areas: formList(z.string().regex(/^[a-z0-9-]{1,40}$/, { message: "Unknown area." })).pipe(z.array(z.string()).min(1, { message: "Choose at least one area." }).max(6)),
  severity: z.enum(severityOrder as [PainSeverity, ...PainSeverity[]], { message: "Choose how much this hurts." }),
  description: z
    .string({ message: "Describe the problem." })
    .trim()
    .min(20, { message: "Describe the problem in at least 20 characters: what you did, what happened, what you expected." })
    .max(limits.description, { message: `Keep the description under ${limits.description.toLocaleString("en")} characters.` }),
  isReporterPublic: formCheckbox,
  importTime: z.preprocess(emptyToUndefined, z.string().max(limits.evidence, { message: "That output is over 1 MB; paste the first part." }).optional()),
});
export type ReportInput = z.infer<typeof reportSchema>;

/** The name a person gives a set of site details they keep, e.g. "Laptop" or "Perlmutter". */
export const savedSiteNameSchema = z
  .string()
  .trim()
  .min(1, { message: "Name the site, e.g. “Laptop” or the cluster’s name." })
  .max(limits.savedSiteName, { message: `Keep the name under ${limits.savedSiteName} characters.` });

/** Where a chair files a report from: one of a session's questions, or a passage of its notes they selected (kept as a draft). */
export const reportOriginSchema = z.object({
  fromQuestion: z.preprocess(emptyToUndefined, recordId("question").optional()),
  fromDraft: z.preprocess(emptyToUndefined, z.string().regex(/^[\w-]{1,64}$/, { message: "Unknown selection." }).optional()),
});
export type ReportOrigin = z.infer<typeof reportOriginSchema>;

/** A new report, which may also keep its site details under a name for next time, and may come from a session (its origin's hidden fields). */
export const newReportSchema = reportSchema
  .extend({
    keepSite: formCheckbox,
    keepSiteAs: z.preprocess(emptyToUndefined, savedSiteNameSchema.optional()),
    ...reportOriginSchema.shape,
  })
  .superRefine((input, context) => {
    if (input.keepSite && !input.keepSiteAs) context.addIssue({ code: "custom", path: ["keepSiteAs"], message: "Name the site, e.g. “Laptop” or the cluster’s name." });
    if (input.fromQuestion !== undefined && input.fromDraft !== undefined) context.addIssue({ code: "custom", path: ["fromDraft"], message: "A report comes from one question or one passage, not both." });
  });
/** What reporting takes: keeping the site and an origin are optional (the demo seed and imports never have them). */
export type NewReportInput = ReportInput & Partial<Pick<z.infer<typeof newReportSchema>, "keepSite" | "keepSiteAs" | "fromQuestion" | "fromDraft">>;

/** A passage a chair selected in a session's live notes, to file as a report. */
export const draftFromNotesSchema = z.object({
  sessionId: recordId("session"),
  passage: z
    .string({ message: "Select a passage in the notes first." })
    .trim()
    .min(1, { message: "Select a passage in the notes first." })
    .max(limits.passage, { message: `Select a shorter passage: at most ${limits.passage.toLocaleString("en")} characters become one report.` }),
});
export type DraftFromNotesInput = z.infer<typeof draftFromNotesSchema>;

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
  duplicateOfId: z.preprocess(emptyToUndefined, storedInteger("Give the number of the original report.").optional()),
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

// What the report pages' forms send -------------------------------------------

/** Ids made by the database (cuid), or by tests and imports (uuid). */
const idOf = (noun: string) => z.string({ message: `Unknown ${noun}.` }).regex(/^[\w-]{1,64}$/, { message: `Unknown ${noun}.` });

export const painPointIdSchema = recordId("report");
export const commentIdSchema = idOf("comment");
export const flagIdSchema = idOf("flag");
export const linkIdSchema = idOf("link");
export const forgetSavedSiteSchema = z.object({ savedSiteId: idOf("saved site") });

/** "703" or "PEP 703". */
export const pepNumberFieldSchema = z
  .string({ message: "Give a PEP number, like 703." })
  .transform((value) => value.trim().replace(/^pep\s*/i, ""))
  .pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, { message: "Give a PEP number, like 703." })
      .transform(Number),
  );

const onReport = z.object({ painPointId: painPointIdSchema });

export const editReportSchema = reportSchema.extend({ painPointId: painPointIdSchema, expectedVersion: formVersion });
export const setAffectedSchema = voteContextSchema.extend({ painPointId: painPointIdSchema, isAffected: z.enum(["true", "false"]).transform((value) => value === "true") });
export const addCommentSchema = onReport.extend(commentSchema.shape);
export const editCommentSchema = onReport.extend({ commentId: commentIdSchema, ...commentSchema.shape });
export const deleteCommentSchema = onReport.extend({ commentId: commentIdSchema });
/** Hiding asks for a reason; showing again (isHidden "false") does too, for the audit log. */
export const setCommentHiddenSchema = onReport.extend({
  commentId: commentIdSchema,
  isHidden: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  reason: reasonSchema,
});
export const flagSchema = onReport.extend({ commentId: z.preprocess(emptyToUndefined, commentIdSchema.optional()), reason: reasonSchema });
export const changeStatusSchema = onReport.extend(triageSchema.shape);
export const linkPepSchema = onReport.extend({ pepNumber: pepNumberFieldSchema });
export const unlinkPepSchema = onReport.extend({ pepNumber: storedInteger("Unknown PEP.", 0).max(99_999, { message: "Unknown PEP." }) });
export const addLinkSchema = onReport.extend(upstreamLinkSchema.shape);
export const removeLinkSchema = onReport.extend({ linkId: linkIdSchema });
export const setReportHiddenSchema = onReport.extend({
  isHidden: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  reason: reasonSchema,
});
export const dismissFlagSchema = z.object({ flagId: flagIdSchema });

// The board's query -------------------------------------------------------------

export const boardSorts = ["relevance", "affected", "newest", "discussed", "updated"] as const;
export type BoardSort = (typeof boardSorts)[number];
export const boardSortLabels: Record<BoardSort, string> = {
  relevance: "Best match",
  affected: "Most affected",
  newest: "Newest",
  discussed: "Most discussed",
  updated: "Recently updated",
};

const slugEnum = (values: string[]) => z.enum(values as [string, ...string[]]);

export const boardFilterSchemas = {
  area: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .meta({ description: "Area slug" }),
  status: slugEnum(Object.values(statusSlugs)).meta({ description: "Triage status" }),
  severity: slugEnum(Object.values(severitySlugs)).meta({ description: "How much it hurts" }),
  filesystem: slugEnum(Object.keys(filesystems)).meta({ description: "Shared filesystem" }),
  scheduler: slugEnum(Object.keys(schedulers)).meta({ description: "Batch scheduler" }),
  install: slugEnum(Object.keys(installMethods)).meta({ description: "How Python was installed" }),
};
export type BoardFilterKey = keyof typeof boardFilterSchemas;
export const boardFilterKeys = Object.keys(boardFilterSchemas) as BoardFilterKey[];

const filterList = <T extends z.ZodType>(schema: T) => z.array(schema).default([]);
export const boardQuerySchema = z.object({
  q: z.string().trim().max(200).optional().meta({ description: "Words to find in titles, descriptions and evidence (module names such as numpy.linalg); web search syntax: quotes, -word, or" }),
  area: filterList(boardFilterSchemas.area),
  status: filterList(boardFilterSchemas.status),
  severity: filterList(boardFilterSchemas.severity),
  filesystem: filterList(boardFilterSchemas.filesystem),
  scheduler: filterList(boardFilterSchemas.scheduler),
  install: filterList(boardFilterSchemas.install),
  sort: z.enum(boardSorts).optional().meta({ description: "Order; when left out, best match first for a search (title, then description, then evidence), else most affected first" }),
});
export type BoardQuery = Omit<z.infer<typeof boardQuerySchema>, "sort"> & { sort: BoardSort };

/** A search is shown best match first, the board most affected first, unless another order is asked for. */
export const defaultBoardSort = (q: string | undefined): BoardSort => (q ? "relevance" : "affected");

export function parseBoardQuery(params: RawParams, knownAreas: string[]): { query: BoardQuery; problems: string[] } {
  const { values, problems } = readListParams(params, {
    text: { q: 200 },
    single: { sort: boardQuerySchema.shape.sort },
    multi: Object.fromEntries(boardFilterKeys.map((key) => [key, { schema: boardFilterSchemas[key], known: key === "area" ? knownAreas : undefined }])),
  });
  const query = boardQuerySchema.parse(values);
  return { query: { ...query, sort: query.sort ?? defaultBoardSort(query.q) }, problems };
}

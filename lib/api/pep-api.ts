import { createHash } from "node:crypto";
import { z } from "zod";
import type { CatalogPep } from "@/lib/peps/pep-catalog";
import type { PepDetails } from "@/lib/peps/get-pep-details";
import { impactSlugs, stanceSlugs, typeSlugs } from "@/lib/peps/vocabulary";

/**
 * The public read API's shapes for PEPs. These zod schemas both describe the
 * responses in /api/v1/openapi.json and type the code that builds them.
 */

export const apiPaginationSchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: "Items per page (1–200, default 50)" }),
  cursor: z.string().max(200).optional().meta({ description: "The nextCursor of the previous page" }),
});

const assessmentSchema = z
  .object({
    impact: z.enum(Object.values(impactSlugs) as [string, ...string[]]),
    stance: z.enum(Object.values(stanceSlugs) as [string, ...string[]]),
    affected: z.array(z.string()),
    summaryMarkdown: z.string(),
    version: z.number().int(),
    updatedAt: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "Assessment", description: "The working group's assessment of an HPC-relevant PEP" });

export const apiPepSchema = z
  .object({
    number: z.number().int(),
    title: z.string(),
    status: z.string().meta({ example: "Final" }),
    type: z.enum(Object.values(typeSlugs) as [string, ...string[]]),
    topics: z.array(z.string()),
    authors: z.string(),
    created: z.string().nullable().meta({ description: "ISO date", example: "2023-01-09" }),
    pythonVersions: z.array(z.string()),
    lastStatusChange: z.string().nullable().meta({ description: "When a sync last saw the status change (ISO date-time)" }),
    hpcRelevant: z.boolean(),
    areas: z.array(z.string()).meta({ description: "Area slugs" }),
    impact: z.string().nullable().meta({ description: "Assessed impact on HPC users; null when not HPC-relevant" }),
    stance: z.string().nullable(),
    links: z.object({ self: z.string(), html: z.string(), pepIndex: z.string() }),
  })
  .meta({ id: "PepSummary" });

export const apiPepListSchema = z
  .object({
    total: z.number().int().meta({ description: "How many PEPs match, over all pages" }),
    items: z.array(apiPepSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "PepList" });

export const apiPepDetailSchema = apiPepSchema
  .extend({
    authorNames: z.array(z.string()),
    discussionsTo: z.string().nullable(),
    resolution: z.string().nullable().meta({ description: "As the PEP index gives it (may be a reStructuredText link)" }),
    requires: z.array(z.number().int()),
    replaces: z.array(z.number().int()),
    supersededBy: z.array(z.number().int()),
    assessment: assessmentSchema.nullable(),
    statusChanges: z.array(z.object({ from: z.string().nullable(), to: z.string(), seenAt: z.string() })),
  })
  .meta({ id: "Pep" });

export const apiErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), problems: z.array(z.string()).optional() }) })
  .meta({ id: "Error" });

export type ApiPep = z.infer<typeof apiPepSchema>;

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function toApiPep(pep: CatalogPep, origin: string): ApiPep {
  return {
    number: pep.number,
    title: pep.title,
    status: pep.status,
    type: typeSlugs[pep.type],
    topics: pep.topics,
    authors: pep.authors,
    created: isoDate(pep.createdOn),
    pythonVersions: pep.pythonVersions,
    lastStatusChange: pep.lastStatusChangeAt?.toISOString() ?? null,
    hpcRelevant: pep.isHpcRelevant,
    areas: pep.areas,
    impact: pep.isHpcRelevant ? impactSlugs[pep.impact ?? "UNKNOWN"] : null,
    stance: pep.isHpcRelevant ? stanceSlugs[pep.stance ?? "UNDECIDED"] : null,
    links: {
      self: `${origin}/api/v1/peps/${pep.number}`,
      html: `${origin}/peps/${pep.number}`,
      pepIndex: `https://peps.python.org/pep-${String(pep.number).padStart(4, "0")}/`,
    },
  };
}

export function toApiPepDetail(pep: PepDetails, summary: ApiPep): z.infer<typeof apiPepDetailSchema> {
  return {
    ...summary,
    authorNames: pep.authorNames,
    discussionsTo: pep.discussionsTo,
    resolution: pep.resolution,
    requires: pep.requires,
    replaces: pep.replaces,
    supersededBy: pep.supersededBy,
    assessment: pep.assessment
      ? {
          impact: impactSlugs[pep.assessment.impact],
          stance: stanceSlugs[pep.assessment.stance],
          affected: pep.assessment.affected,
          summaryMarkdown: pep.assessment.summary,
          version: pep.assessment.version,
          updatedAt: pep.assessment.updatedAt.toISOString(),
        }
      : null,
    statusChanges: pep.statusChanges.map((change) => ({ from: change.fromStatus, to: change.toStatus, seenAt: change.seenAt.toISOString() })),
  };
}

/** Opaque cursors: an offset bound to the query it came from. */
export function encodeCursor(offset: number, fingerprint: string) {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint })).toString("base64url");
}

export function decodeCursor(cursor: string, fingerprint: string): number | null {
  try {
    const { o, f } = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { o: unknown; f: unknown };
    return typeof o === "number" && Number.isInteger(o) && o >= 0 && f === fingerprint ? o : null;
  } catch {
    return null;
  }
}

export const queryFingerprint = (query: unknown) => createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 12);

export function apiError(status: number, code: string, message: string, problems?: string[]) {
  return Response.json({ error: { code, message, ...(problems ? { problems } : {}) } }, { status, headers: apiHeaders });
}

/** The read API is public: any site may call it from a browser. */
export const apiHeaders = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=30" };

import { z } from "zod";
import type { PainPointDetails } from "@/lib/pain-points/get-pain-point";
import type { BoardItem } from "@/lib/pain-points/list-pain-points";
import { severitySlugs, statusSlugs } from "@/lib/pain-points/vocabulary";

/** The public read API's shapes for pain points; they describe the responses in the OpenAPI document too. */

const contextSchema = z.object({
  siteKind: z.string().nullable(),
  scheduler: z.string().nullable(),
  filesystem: z.string().nullable(),
  installMethod: z.string().nullable(),
  pythonVersion: z.string().nullable(),
});

export const apiPainPointSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    status: z.enum(Object.values(statusSlugs) as [string, ...string[]]),
    severity: z.enum(Object.values(severitySlugs) as [string, ...string[]]),
    areas: z.array(z.string()),
    context: contextSchema.meta({ description: "Vocabulary keys (see the report form), or \"other:<text>\"" }),
    affected: z.object({ people: z.number().int(), sites: z.number().int() }),
    commentCount: z.number().int(),
    linkedPeps: z.array(z.number().int()),
    reporter: z.string().nullable().meta({ description: "Only when the reporter chose to be named" }),
    createdAt: z.string(),
    lastActivityAt: z.string(),
    links: z.object({ self: z.string(), html: z.string() }),
  })
  .meta({ id: "PainPointSummary" });

export const apiPainPointListSchema = z
  .object({ total: z.number().int(), items: z.array(apiPainPointSchema), nextCursor: z.string().nullable() })
  .meta({ id: "PainPointList" });

export const apiPainPointDetailSchema = apiPainPointSchema
  .extend({
    descriptionMarkdown: z.string(),
    site: z.string().nullable(),
    mpi: z.string().nullable(),
    accelerator: z.string().nullable(),
    filesystemsAffected: z.array(z.string()),
    upstreamLinks: z.array(z.string()),
    comments: z.array(z.object({ author: z.string(), bodyMarkdown: z.string(), createdAt: z.string() })),
    history: z.array(z.object({ from: z.string().nullable(), to: z.string(), reason: z.string(), at: z.string() })),
    evidence: z.array(z.object({ kind: z.string(), totalMicroseconds: z.number(), modules: z.number().int(), slowest: z.array(z.object({ name: z.string(), cumulativeMicroseconds: z.number() })) })),
  })
  .meta({ id: "PainPoint" });

export function toApiPainPoint(item: Pick<BoardItem, "id" | "title" | "status" | "severity" | "areas" | "siteKind" | "scheduler" | "filesystem" | "installMethod" | "pythonVersion" | "affectedCount" | "siteCount" | "commentCount" | "peps" | "reporterName" | "createdAt" | "lastActivityAt">, origin: string): z.infer<typeof apiPainPointSchema> {
  return {
    id: item.id,
    title: item.title,
    status: statusSlugs[item.status],
    severity: severitySlugs[item.severity],
    areas: item.areas,
    context: { siteKind: item.siteKind, scheduler: item.scheduler, filesystem: item.filesystem, installMethod: item.installMethod, pythonVersion: item.pythonVersion },
    affected: { people: item.affectedCount, sites: item.siteCount },
    commentCount: item.commentCount,
    linkedPeps: item.peps,
    reporter: item.reporterName,
    createdAt: item.createdAt.toISOString(),
    lastActivityAt: item.lastActivityAt.toISOString(),
    links: { self: `${origin}/api/v1/pain-points/${item.id}`, html: `${origin}/pain-points/${item.id}` },
  };
}

export function toApiPainPointDetail(report: PainPointDetails, origin: string): z.infer<typeof apiPainPointDetailSchema> {
  return {
    ...toApiPainPoint(
      { ...report, areas: report.areas.map((area) => area.slug), peps: report.peps.map((pep) => pep.number), affectedCount: report.affected.people, siteCount: report.affected.sites },
      origin,
    ),
    reporter: report.isReporterNamePrivate ? null : report.reporterName,
    descriptionMarkdown: report.description,
    site: report.site,
    mpi: report.mpi,
    accelerator: report.accelerator,
    filesystemsAffected: report.affected.filesystems,
    upstreamLinks: report.links.map((link) => link.url),
    comments: report.comments.filter((comment) => !comment.isHidden && comment.body).map((comment) => ({ author: comment.authorName, bodyMarkdown: comment.body!, createdAt: comment.createdAt.toISOString() })),
    history: report.statusChanges.map((change) => ({ from: change.fromStatus ? statusSlugs[change.fromStatus] : null, to: statusSlugs[change.toStatus], reason: change.reason, at: change.createdAt.toISOString() })),
    evidence: report.evidence.map((item) => ({
      kind: item.kind,
      totalMicroseconds: item.parsed.totalUs,
      modules: item.parsed.moduleCount,
      slowest: item.parsed.slowestByCumulative.slice(0, 10).map((row) => ({ name: row.name, cumulativeMicroseconds: row.cumulativeUs })),
    })),
  };
}

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, can, type Actor } from "@/lib/permissions";
import { checkReportInput } from "@/lib/pain-points/report-pain-point";
import { lockPainPoint, recountAffected, touchActivity, updateSearchVector } from "@/lib/pain-points/records";
import type { ReportInput } from "@/lib/pain-points/schemas";

const contextColumns = ["site", "siteKind", "scheduler", "filesystem", "installMethod", "pythonVersion", "mpi", "accelerator"] as const;

/** What the edit form starts from: the report as its reporter (or a chair) wrote it. */
export async function getPainPointForEditing({ actor, id }: { actor: Actor; id: number }) {
  const report = await db.painPoint.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      severity: true,
      reporterId: true,
      isReporterPublic: true,
      isHidden: true,
      site: true,
      siteKind: true,
      scheduler: true,
      filesystem: true,
      installMethod: true,
      pythonVersion: true,
      mpi: true,
      accelerator: true,
      areas: { select: { areaSlug: true } },
      _count: { select: { evidence: true } },
    },
  });
  if (!report || (report.isHidden && !can(actor, "painPoints.readHidden"))) return null;
  assertCan(actor, "painPoints.edit", { ownerId: report.reporterId });
  const { areas, _count, reporterId, isHidden: _isHidden, ...fields } = report;
  return {
    ...fields,
    areas: areas.map((area) => area.areaSlug),
    hasEvidence: _count.evidence > 0,
    isOwnReport: actor.userId === reporterId,
  };
}

/**
 * Changes a report's text, areas, severity and context. Context left empty is
 * cleared. New `python -X importtime` output replaces the evidence; none
 * keeps it. Only the reporter decides whether their name is shown. A chair
 * editing someone else's report leaves an entry in the audit log.
 */
export async function editPainPoint({ actor, id, input }: { actor: Actor; id: number; input: ReportInput }) {
  const current = await db.painPoint.findUnique({ where: { id }, select: { reporterId: true, isHidden: true, title: true, severity: true } });
  if (!current || (current.isHidden && !can(actor, "painPoints.readHidden"))) throw new AppError("NOT_FOUND", "That report does not exist.");
  assertCan(actor, "painPoints.edit", { ownerId: current.reporterId });

  const evidence = await checkReportInput(input);

  const isReporter = actor.userId === current.reporterId;
  const context = Object.fromEntries(contextColumns.map((column) => [column, input[column] ?? null]));
  await db.$transaction(async (tx) => {
    await lockPainPoint(tx, id);
    await tx.painPoint.update({
      where: { id },
      data: {
        title: input.title,
        description: input.description,
        severity: input.severity,
        ...context,
        ...(isReporter ? { isReporterPublic: input.isReporterPublic } : {}),
        areas: { deleteMany: {}, create: [...new Set(input.areas)].map((areaSlug) => ({ areaSlug })) },
      },
    });
    if (evidence) {
      await tx.evidence.deleteMany({ where: { painPointId: id } });
      await tx.evidence.create({ data: { painPointId: id, kind: "importtime", ...evidence } });
    }
    // The reporter's site counts towards the distinct sites.
    await recountAffected(tx, id);
    await updateSearchVector(tx, id);
    await touchActivity(tx, id);
    if (!isReporter) {
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        action: "painPoint.edit",
        subjectType: "PainPoint",
        subjectId: String(id),
        subjectLabel: input.title,
        before: { title: current.title, severity: current.severity },
        after: { title: input.title, severity: input.severity },
      });
    }
  });
  bumpDataVersion();
}

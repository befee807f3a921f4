import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { contextFieldOrder } from "@/lib/pain-points/vocabulary";
import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { conflictError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { checkReportInput, editableSelect, lockPainPoint, recountAffected, touchActivity, updateSearchVector, viewEditable } from "@/lib/pain-points/records";
import type { ReportInput } from "@/lib/pain-points/schemas";

/**
 * Changes a report's text, areas, severity and context. Context left empty is
 * cleared. New `python -X importtime` output replaces the evidence; none
 * keeps it. Only the reporter decides whether their name is shown. A chair
 * editing someone else's report leaves an entry in the audit log.
 *
 * The edit is based on `expectedVersion`; when someone saved in between (the
 * reporter and a chair at once, say), nothing is written and the conflict
 * carries their version, so the form can show both.
 */
export async function editPainPoint({ actor, id, expectedVersion, input }: { actor: Actor; id: number; expectedVersion: number; input: ReportInput }) {
  const isReporterOf = (reporterId: string) => actor.userId === reporterId;
  await db.$transaction(async (tx) => {
    const current = await lockPainPoint(tx, actor, id, { includeHidden: true });
    assertCan(actor, "painPoints.edit", { ownerId: current.reporterId });
    if (current.version !== expectedVersion) {
      const theirs = await tx.painPoint.findUniqueOrThrow({ where: { id }, select: editableSelect });
      throw conflictError(
        "Someone saved this report while you were editing it. Nothing was overwritten: their version is shown next to your form, which still holds everything you typed. Save again to put yours over theirs.",
        viewEditable(theirs, actor),
      );
    }
    const evidence = await checkReportInput(input);
    const context = Object.fromEntries(contextFieldOrder.map((column) => [column, input[column] ?? null]));
    await tx.painPoint.update({
      where: { id },
      data: {
        title: input.title,
        description: input.description,
        severity: input.severity,
        version: { increment: 1 },
        ...context,
        ...(isReporterOf(current.reporterId) ? { isReporterPublic: input.isReporterPublic } : {}),
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
    if (!isReporterOf(current.reporterId)) {
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

import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { assertWithinRateLimit } from "@/lib/pain-points/rate-limit";
import { checkReportInput, keepSavedSite, recountAffected, updateSearchVector } from "@/lib/pain-points/records";
import type { NewReportInput } from "@/lib/pain-points/schemas";

/**
 * Files a new pain point with its areas, context and evidence, in one
 * transaction. Evidence that is not `python -X importtime` output is refused
 * at its field with what was expected; nothing is stored, and the form keeps
 * everything else. When asked, the report's context is also kept under a
 * name, to fill a later report from.
 */
export async function reportPainPoint({ actor, input }: { actor: Actor; input: NewReportInput }) {
  assertCan(actor, "painPoints.report");
  const reporterId = actor.userId!;
  const evidence = await checkReportInput(input);

  const { importTime: _importTime, areas, keepSite, keepSiteAs, ...fields } = input;
  const id = await db.$transaction(async (tx) => {
    await assertWithinRateLimit(tx, "reports", reporterId);
    if (keepSite && keepSiteAs) {
      const { site, siteKind, scheduler, filesystem, installMethod, pythonVersion, mpi, accelerator } = fields;
      const context = { site, siteKind, scheduler, filesystem, installMethod, pythonVersion, mpi, accelerator };
      await keepSavedSite(tx, reporterId, keepSiteAs, Object.fromEntries(Object.entries(context).map(([field, value]) => [field, value ?? null])) as Parameters<typeof keepSavedSite>[3]);
    }
    const created = await tx.painPoint.create({
      data: { ...fields, reporterId, areas: { create: [...new Set(areas)].map((areaSlug) => ({ areaSlug })) } },
      select: { id: true },
    });
    if (evidence) await tx.evidence.create({ data: { painPointId: created.id, kind: "importtime", ...evidence } });
    await tx.painPointStatusChange.create({ data: { painPointId: created.id, fromStatus: null, toStatus: "NEW", reason: "Reported", changedById: reporterId } });
    await recountAffected(tx, created.id);
    await updateSearchVector(tx, created.id);
    return created.id;
  });
  bumpDataVersion();
  return { id };
}

import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { assertWithinRateLimit } from "@/lib/pain-points/rate-limit";
import { checkReportInput, recountAffected, updateSearchVector } from "@/lib/pain-points/records";
import type { ReportInput } from "@/lib/pain-points/schemas";

/**
 * Files a new pain point with its areas, context and evidence, in one
 * transaction. Evidence that is not `python -X importtime` output is refused
 * at its field with what was expected; nothing is stored, and the form keeps
 * everything else.
 */
export async function reportPainPoint({ actor, input }: { actor: Actor; input: ReportInput }) {
  assertCan(actor, "painPoints.report");
  const reporterId = actor.userId!;
  const evidence = await checkReportInput(input);

  const { importTime: _importTime, areas, ...fields } = input;
  const id = await db.$transaction(async (tx) => {
    await assertWithinRateLimit(tx, "reports", reporterId);
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

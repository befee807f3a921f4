import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { invalidFields } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/permissions";
import { parseImportTime } from "@/lib/pain-points/importtime";
import { assertWithinRateLimit } from "@/lib/pain-points/rate-limit";
import { recountAffected, updateSearchVector } from "@/lib/pain-points/records";
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

/**
 * What the schema cannot check: that the areas exist, and that pasted
 * evidence is `python -X importtime` output. Returns the parsed evidence.
 */
export async function checkReportInput(input: ReportInput): Promise<{ raw: string; parsed: Prisma.InputJsonValue } | undefined> {
  const knownAreas = new Set((await db.area.findMany({ select: { slug: true } })).map((area) => area.slug));
  const unknownAreas = input.areas.filter((area) => !knownAreas.has(area));
  if (unknownAreas.length) throw invalidFields({ areas: [`Unknown area: ${unknownAreas.join(", ")}.`] });
  if (!input.importTime) return undefined;
  const result = parseImportTime(input.importTime);
  if (!result.ok) throw invalidFields({ importTime: [result.error] });
  return { raw: input.importTime, parsed: result.profile as unknown as Prisma.InputJsonValue };
}

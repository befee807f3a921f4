import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { createInitialAssessments } from "@/lib/peps/records";
import { invalidatePepCatalog } from "@/lib/peps/pep-catalog";

/**
 * Marks any PEP as relevant to HPC (opening its assessment), or no longer
 * relevant (hiding it from the default list; its assessment and history stay).
 */
export async function setPepRelevance({ actor, pepNumber, isRelevant }: { actor: Actor; pepNumber: number; isRelevant: boolean }) {
  assertCan(actor, "peps.markRelevant");
  await db.$transaction(async (tx) => {
    const pep = await tx.pep.findUnique({ where: { number: pepNumber }, select: { isHpcRelevant: true, assessment: { select: { version: true } } } });
    if (!pep) throw new AppError("NOT_FOUND", `There is no PEP ${pepNumber}.`);
    if (pep.isHpcRelevant === isRelevant) return;
    await tx.pep.update({ where: { number: pepNumber }, data: { isHpcRelevant: isRelevant } });
    if (isRelevant && !pep.assessment) await createInitialAssessments(tx, [{ pepNumber, areas: [], editorId: actor.userId }]);
  });
  invalidatePepCatalog();
}

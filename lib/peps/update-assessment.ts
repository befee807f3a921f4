import { db } from "@/lib/db";
import { AppError, conflictError, invalidFields } from "@/lib/errors";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { assertCan, type Actor } from "@/lib/permissions";
import { invalidatePepCatalog } from "@/lib/peps/pep-catalog";
import { notifyPepWatchers } from "@/lib/peps/notify-pep-watchers";
import { readAssessmentVersion, type AssessmentVersion } from "@/lib/peps/records";
import type { AssessmentInput } from "@/lib/peps/schemas";
import { impactLabels, stanceLabels } from "@/lib/peps/vocabulary";

export type UpdateAssessmentResult = { status: "saved"; version: number } | { status: "unchanged"; version: number };

/**
 * Saves a chair's edit as the next version of the assessment, with its
 * revision and notifications to the PEP's watchers, in one transaction. The
 * row is locked and the edit applies only to the version the chair started
 * from: of two chairs saving at once, the second gets a CONFLICT carrying the
 * other's version, and nothing they typed is lost.
 */
export async function updateAssessment({ actor, ...input }: { actor: Actor } & AssessmentInput): Promise<UpdateAssessmentResult> {
  assertCan(actor, "peps.assess");
  const knownAreas = new Set((await db.area.findMany({ select: { slug: true } })).map((area) => area.slug));
  const unknown = input.areas.filter((area) => !knownAreas.has(area));
  if (unknown.length) throw invalidFields({ areas: [`Unknown area: ${unknown.join(", ")}.`] });
  const areas = [...new Set(input.areas)].sort();
  const affected = [...new Set(input.affected)];

  const outcome = await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM "PepAssessment" WHERE "pepNumber" = ${input.pepNumber} FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND", `PEP ${input.pepNumber} has no assessment; mark it as HPC-relevant first.`);
    const before = (await readAssessmentVersion(tx, input.pepNumber))!;
    if (locked.version !== input.expectedVersion) throw conflictWith(before);

    const isUnchanged =
      before.impact === input.impact &&
      before.stance === input.stance &&
      before.summary === input.summary &&
      JSON.stringify(before.areas) === JSON.stringify(areas) &&
      JSON.stringify([...before.affected].sort()) === JSON.stringify([...affected].sort());
    if (isUnchanged) return { status: "unchanged" as const, version: before.version, notifications: [] };

    const nextVersion = input.expectedVersion + 1;
    await tx.pepAssessment.update({
      where: { pepNumber: input.pepNumber },
      data: { impact: input.impact, stance: input.stance, summary: input.summary, affected, version: nextVersion, updatedAt: new Date(), updatedById: actor.userId },
    });
    await tx.pepArea.deleteMany({ where: { pepNumber: input.pepNumber } });
    await tx.pepArea.createMany({ data: areas.map((areaSlug) => ({ pepNumber: input.pepNumber, areaSlug })) });
    await tx.pepAssessmentRevision.create({
      data: { pepNumber: input.pepNumber, version: nextVersion, areas, impact: input.impact, affected, summary: input.summary, stance: input.stance, editorId: actor.userId },
    });
    const changes = [
      before.impact !== input.impact ? `impact ${impactLabels[before.impact].toLowerCase()} → ${impactLabels[input.impact].toLowerCase()}` : null,
      before.stance !== input.stance ? `stance ${stanceLabels[before.stance].toLowerCase()} → ${stanceLabels[input.stance].toLowerCase()}` : null,
      before.summary !== input.summary ? "summary revised" : null,
      JSON.stringify(before.areas) !== JSON.stringify(areas) ? "areas changed" : null,
      JSON.stringify([...before.affected].sort()) !== JSON.stringify([...affected].sort()) ? "affected groups changed" : null,
    ].filter(Boolean);
    const notifications = await notifyPepWatchers(
      tx,
      [{ pepNumber: input.pepNumber, kind: "pep.assessment", title: `The group's assessment of PEP ${input.pepNumber} changed`, body: `${changes.join("; ")}.`, link: `/peps/${input.pepNumber}` }],
      actor.userId,
    );
    return { status: "saved" as const, version: nextVersion, notifications };
  });
  if (outcome.status === "saved") {
    invalidatePepCatalog();
    emailNotificationsInBackground(outcome.notifications);
  }
  return { status: outcome.status, version: outcome.version };
}

function conflictWith(current: AssessmentVersion) {
  const who = current.updatedBy?.name ?? "Someone";
  return conflictError(
    `${who} saved a newer version (version ${current.version}) while you were editing. Nothing was overwritten: their version is shown next to your form, which still holds everything you typed. Save again to replace theirs with yours.`,
    current,
  );
}

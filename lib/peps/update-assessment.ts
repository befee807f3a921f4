import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, invalidFields } from "@/lib/errors";
import type { Impact, Stance } from "@/lib/generated/prisma/enums";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { assertCan, type Actor } from "@/lib/permissions";
import { invalidatePepCatalog } from "@/lib/peps/pep-catalog";
import { notifyPepWatchers } from "@/lib/peps/notify-pep-watchers";
import { affectedGroupSlugs, impactLabels, impactOrder, stanceLabels, stanceOrder } from "@/lib/peps/vocabulary";

export const MAX_SUMMARY_LENGTH = 20_000;

export const assessmentInputSchema = z.object({
  pepNumber: z.coerce.number().int().min(0),
  /** The version the editor started from; saving over a newer one is refused. */
  expectedVersion: z.coerce.number().int().min(1),
  areas: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/, { message: "Unknown area." })).max(12).default([]),
  impact: z.enum(impactOrder as [Impact, ...Impact[]], { message: "Choose how strongly this PEP affects HPC users." }),
  affected: z.array(z.enum(affectedGroupSlugs as [string, ...string[]], { message: "Unknown group." })).max(affectedGroupSlugs.length).default([]),
  stance: z.enum(stanceOrder as [Stance, ...Stance[]], { message: "Choose the group's stance." }),
  summary: z
    .string()
    .trim()
    .max(MAX_SUMMARY_LENGTH, { message: `Keep the summary under ${MAX_SUMMARY_LENGTH.toLocaleString("en")} characters.` })
    .default(""),
});
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

export interface AssessmentVersion {
  version: number;
  areas: string[];
  impact: Impact;
  affected: string[];
  stance: Stance;
  summary: string;
  updatedAt: Date;
  updatedBy: { name: string | null } | null;
}

export type UpdateAssessmentResult =
  | { status: "saved"; version: number }
  | { status: "unchanged"; version: number }
  /** Someone saved a newer version since the editor started; nothing was written. */
  | { status: "conflict"; current: AssessmentVersion };

const currentVersion = (pepNumber: number) =>
  db.pepAssessment.findUnique({
    where: { pepNumber },
    select: {
      version: true,
      impact: true,
      affected: true,
      stance: true,
      summary: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
      pep: { select: { areas: { select: { areaSlug: true } } } },
    },
  });

/** The current version of a PEP's assessment, or null when it has none. */
export async function getAssessmentVersion(pepNumber: number): Promise<AssessmentVersion | null> {
  const found = await currentVersion(pepNumber);
  if (!found) return null;
  const { pep, ...assessment } = found;
  return { ...assessment, areas: pep.areas.map((area) => area.areaSlug).sort() };
}

const requireAssessmentVersion = async (pepNumber: number) => (await getAssessmentVersion(pepNumber))!;

/**
 * Saves a chair's edit as the next version of the assessment, with its
 * revision and notifications to the PEP's watchers, in one transaction. The
 * update only applies to the version the chair started from, so of two chairs
 * saving at once the second is told, shown the other's version, and loses
 * nothing they typed.
 */
export async function updateAssessment({ actor, ...input }: { actor: Actor } & AssessmentInput): Promise<UpdateAssessmentResult> {
  assertCan(actor, "peps.assess");
  const knownAreas = new Set((await db.area.findMany({ select: { slug: true } })).map((area) => area.slug));
  const unknown = input.areas.filter((area) => !knownAreas.has(area));
  if (unknown.length) throw invalidFields({ areas: [`Unknown area: ${unknown.join(", ")}.`] });
  const areas = [...new Set(input.areas)].sort();
  const affected = [...new Set(input.affected)];

  const existing = await db.pepAssessment.findUnique({ where: { pepNumber: input.pepNumber }, select: { version: true } });
  if (!existing) throw new AppError("NOT_FOUND", `PEP ${input.pepNumber} has no assessment; mark it as HPC-relevant first.`);
  if (existing.version !== input.expectedVersion) return { status: "conflict", current: await requireAssessmentVersion(input.pepNumber) };

  const before = await requireAssessmentVersion(input.pepNumber);
  const isUnchanged =
    before.impact === input.impact &&
    before.stance === input.stance &&
    before.summary === input.summary &&
    JSON.stringify(before.areas) === JSON.stringify(areas) &&
    JSON.stringify([...before.affected].sort()) === JSON.stringify([...affected].sort());
  if (isUnchanged) return { status: "unchanged", version: before.version };

  const outcome = await db.$transaction(async (tx) => {
    const nextVersion = input.expectedVersion + 1;
    const updated = await tx.pepAssessment.updateMany({
      where: { pepNumber: input.pepNumber, version: input.expectedVersion },
      data: { impact: input.impact, stance: input.stance, summary: input.summary, affected, version: nextVersion, updatedAt: new Date(), updatedById: actor.userId },
    });
    if (updated.count === 0) return null;
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
      [
        {
          pepNumber: input.pepNumber,
          kind: "pep.assessment",
          title: `The group's assessment of PEP ${input.pepNumber} changed`,
          body: `${changes.join("; ")}.`,
          link: `/peps/${input.pepNumber}`,
        },
      ],
      actor.userId,
    );
    return { version: nextVersion, notifications };
  });
  if (!outcome) return { status: "conflict", current: await requireAssessmentVersion(input.pepNumber) };
  invalidatePepCatalog();
  emailNotificationsInBackground(outcome.notifications);
  return { status: "saved", version: outcome.version };
}

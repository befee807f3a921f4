import type { Database, DatabaseTransaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Impact, Stance } from "@/lib/generated/prisma/enums";

/**
 * PEP assessments as stored and as their pages and editors read them. An
 * assessment is public, like the PEP it is about: reading needs no actor,
 * editing does (update-assessment.ts).
 */

type Client = Database | DatabaseTransaction;

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

const assessmentSelect = {
  version: true,
  impact: true,
  affected: true,
  stance: true,
  summary: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
  pep: { select: { areas: { select: { areaSlug: true } } } },
} satisfies Prisma.PepAssessmentSelect;

/** The current version of a PEP's assessment (its areas are the PEP's), or null when it has none. */
export async function readAssessmentVersion(client: Client, pepNumber: number): Promise<AssessmentVersion | null> {
  const found = await client.pepAssessment.findUnique({ where: { pepNumber }, select: assessmentSelect });
  if (!found) return null;
  const { pep, ...assessment } = found;
  return { ...assessment, areas: pep.areas.map((area) => area.areaSlug).sort() };
}

export const assessmentRevisionSelect = {
  version: true,
  areas: true,
  impact: true,
  affected: true,
  stance: true,
  summary: true,
  createdAt: true,
  editor: { select: { name: true } },
} satisfies Prisma.PepAssessmentRevisionSelect;

export type AssessmentRevision = Prisma.PepAssessmentRevisionGetPayload<{ select: typeof assessmentRevisionSelect }>;

interface InitialAssessment {
  pepNumber: number;
  areas: string[];
  editorId: string | null;
}

/**
 * The first version of an assessment (impact unknown, stance undecided) and
 * its revision, written together. Used when PEPs become HPC-relevant.
 */
export async function createInitialAssessments(client: Client, assessments: InitialAssessment[]) {
  if (assessments.length === 0) return;
  await client.pepAssessment.createMany({ data: assessments.map(({ pepNumber, editorId }) => ({ pepNumber, version: 1, affected: [], updatedById: editorId })) });
  await client.pepAssessmentRevision.createMany({
    data: assessments.map(({ pepNumber, areas, editorId }) => ({
      pepNumber,
      version: 1,
      areas: [...areas].sort(),
      impact: "UNKNOWN" as const,
      affected: [],
      summary: "",
      stance: "UNDECIDED" as const,
      editorId,
    })),
  });
}

import type { Database, DatabaseTransaction } from "@/lib/db";

interface InitialAssessment {
  pepNumber: number;
  areas: string[];
  editorId: string | null;
}

/**
 * The first version of an assessment (impact unknown, stance undecided) and
 * its revision, written together. Used when PEPs become HPC-relevant.
 */
export async function createInitialAssessments(client: Database | DatabaseTransaction, assessments: InitialAssessment[]) {
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

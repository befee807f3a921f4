import type { Database, DatabaseTransaction } from "@/lib/db";

/**
 * The first version of an assessment (impact unknown, stance undecided) and
 * its revision, written together. Used when a PEP becomes HPC-relevant.
 */
export async function createInitialAssessment(client: Database | DatabaseTransaction, { pepNumber, areas, editorId }: { pepNumber: number; areas: string[]; editorId: string | null }) {
  await client.pepAssessment.create({ data: { pepNumber, version: 1, affected: [], updatedById: editorId } });
  await client.pepAssessmentRevision.create({
    data: { pepNumber, version: 1, areas: [...areas].sort(), impact: "UNKNOWN", affected: [], summary: "", stance: "UNDECIDED", editorId },
  });
}

import { db } from "@/lib/db";

const revisionSelect = {
  version: true,
  areas: true,
  impact: true,
  affected: true,
  stance: true,
  summary: true,
  createdAt: true,
  editor: { select: { name: true } },
} as const;

/** Every saved version of a PEP's assessment, newest first. Public, like the assessment. */
export async function listAssessmentRevisions(pepNumber: number) {
  return db.pepAssessmentRevision.findMany({ where: { pepNumber }, orderBy: { version: "desc" }, select: revisionSelect });
}

export async function getAssessmentRevision(pepNumber: number, version: number) {
  return db.pepAssessmentRevision.findUnique({ where: { pepNumber_version: { pepNumber, version } }, select: revisionSelect });
}

export type AssessmentRevision = NonNullable<Awaited<ReturnType<typeof getAssessmentRevision>>>;

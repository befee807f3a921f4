import { db } from "@/lib/db";
import { assessmentRevisionSelect } from "@/lib/peps/records";

/** Every saved version of a PEP's assessment, newest first. Public, like the assessment. */
export async function listAssessmentRevisions(pepNumber: number) {
  return db.pepAssessmentRevision.findMany({ where: { pepNumber }, orderBy: { version: "desc" }, select: assessmentRevisionSelect });
}

export type { AssessmentRevision } from "@/lib/peps/records";

import { db } from "@/lib/db";
import { assessmentRevisionSelect } from "@/lib/peps/records";

/** One saved version of a PEP's assessment, or null. Public, like the assessment. */
export function getAssessmentRevision(pepNumber: number, version: number) {
  return db.pepAssessmentRevision.findUnique({ where: { pepNumber_version: { pepNumber, version } }, select: assessmentRevisionSelect });
}

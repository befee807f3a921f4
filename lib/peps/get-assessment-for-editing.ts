import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { readAssessmentVersion } from "@/lib/peps/records";

/** What a chair's editor starts from: the current version, or null when the PEP has no assessment. */
export async function getAssessmentForEditing({ actor, pepNumber }: { actor: Actor; pepNumber: number }) {
  assertCan(actor, "peps.assess");
  return readAssessmentVersion(db, pepNumber);
}

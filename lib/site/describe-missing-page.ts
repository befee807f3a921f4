import { getPepTitle } from "@/lib/peps/get-pep-title";
import { describeMissingPath, missingAssessmentPart, missingPep, type MissingPage } from "@/lib/site/missing-page";

/**
 * What the 404 page at this path says. Only a part of a PEP's page needs the
 * database: "PEP 99999 not found" if there is no such PEP, else which part of
 * PEP 703 is missing. PEPs are public, so this depends on no one's permissions.
 */
export async function describeMissingPage(pathname: string): Promise<MissingPage> {
  const lookup = describeMissingPath(pathname);
  if (lookup.kind === "ready") return lookup.page;
  const title = await getPepTitle(lookup.number);
  return title === null ? missingPep(String(lookup.number)) : missingAssessmentPart(lookup.number, title, lookup.part);
}

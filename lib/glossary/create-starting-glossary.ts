import type { DatabaseTransaction } from "@/lib/db";
import { publishTermContent } from "@/lib/glossary/records";
import { termContentSchema } from "@/lib/glossary/schemas";
import { startingGlossary } from "@/lib/glossary/starting-glossary";

/**
 * Writes the starting glossary as version 1 of each term, when the glossary
 * is empty (every deployment starts with it; the chairs curate it after).
 * Each entry passes the same schema as a proposal, so a mistake in the
 * shipped content stops the seed with the term it concerns.
 */
export async function createStartingGlossary(tx: DatabaseTransaction) {
  if ((await tx.glossaryTerm.count()) > 0) return;
  for (const { slug, ...entry } of startingGlossary) {
    const parsed = termContentSchema.safeParse(entry);
    if (!parsed.success) throw new Error(`The starting glossary's “${entry.term}” is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
    await publishTermContent(tx, { term: null, slug, content: parsed.data, reason: "From the working group's starting glossary.", proposedById: null, appliedById: null });
  }
}

import { db } from "@/lib/db";
import { termContentOf, termRecordSelect } from "@/lib/glossary/records";
import type { ExportedTerm } from "@/lib/glossary/glossary-export";
import { assertCan, type Actor } from "@/lib/permissions";

/** Every term's content with its slug, A–Z: what the API and the exports serve. */
export async function exportGlossary({ actor }: { actor: Actor }): Promise<(ExportedTerm & { version: number; updatedAt: Date })[]> {
  assertCan(actor, "glossary.read");
  const records = await db.glossaryTerm.findMany({ select: termRecordSelect });
  return records
    .map((record) => ({ slug: record.slug, version: record.version, updatedAt: record.updatedAt, ...termContentOf(record) }))
    .sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
}

import { db } from "@/lib/db";
import { readTerm, viewTerm, type TermView } from "@/lib/glossary/records";
import { glossarySlugSchema } from "@/lib/glossary/schemas";
import { assertCan, type Actor } from "@/lib/permissions";

export interface TermPage extends TermView {
  related: { slug: string; term: string }[];
  areas: { slug: string; name: string }[];
  /** Everyone whose proposals made the term what it is, first contribution first. */
  contributors: { id: string; name: string | null }[];
  revisionCount: number;
  openProposalCount: number;
}

/** One term with what its page shows around it, or null when there is none by that slug. */
export async function getGlossaryTerm({ actor, slug }: { actor: Actor; slug: string }): Promise<TermPage | null> {
  assertCan(actor, "glossary.read");
  if (!glossarySlugSchema.safeParse(slug).success) return null;
  const record = await readTerm(db, slug);
  if (!record) return null;
  const view = viewTerm(record);
  const [related, areas, revisions, openProposalCount] = await Promise.all([
    db.glossaryTerm.findMany({ where: { slug: { in: record.related } }, select: { slug: true, term: true } }),
    db.area.findMany({ where: { slug: { in: view.content.areas } }, orderBy: { sortOrder: "asc" }, select: { slug: true, name: true } }),
    db.glossaryTermRevision.findMany({ where: { termId: record.id }, orderBy: { version: "asc" }, select: { proposedBy: { select: { id: true, name: true } } } }),
    db.glossaryProposal.count({ where: { termId: record.id, status: "OPEN" } }),
  ]);
  const contributors = new Map<string, { id: string; name: string | null }>();
  for (const revision of revisions) if (revision.proposedBy) contributors.set(revision.proposedBy.id, revision.proposedBy);
  return {
    ...view,
    related: record.related.flatMap((relatedSlug) => related.filter((term) => term.slug === relatedSlug)),
    areas,
    contributors: [...contributors.values()],
    revisionCount: revisions.length,
    openProposalCount,
  };
}

import { db } from "@/lib/db";
import type { GlossaryTermContent } from "@/lib/glossary/glossary-content";
import { storedContent } from "@/lib/glossary/records";
import { glossarySlugSchema } from "@/lib/glossary/schemas";
import { assertCan, type Actor } from "@/lib/permissions";

export interface TermRevision {
  version: number;
  content: GlossaryTermContent;
  reason: string;
  proposedBy: string | null;
  appliedBy: string | null;
  createdAt: Date;
}

/** Every published version of a term, newest first, or null when there is no such term. */
export async function listTermRevisions({ actor, slug }: { actor: Actor; slug: string }): Promise<{ slug: string; term: string; revisions: TermRevision[] } | null> {
  assertCan(actor, "glossary.read");
  if (!glossarySlugSchema.safeParse(slug).success) return null;
  const term = await db.glossaryTerm.findUnique({
    where: { slug },
    select: {
      slug: true,
      term: true,
      revisions: { orderBy: { version: "desc" }, select: { version: true, content: true, reason: true, createdAt: true, proposedBy: { select: { name: true } }, appliedBy: { select: { name: true } } } },
    },
  });
  if (!term) return null;
  return {
    slug: term.slug,
    term: term.term,
    revisions: term.revisions.map((revision) => ({
      version: revision.version,
      content: storedContent(revision.content),
      reason: revision.reason,
      proposedBy: revision.proposedBy?.name ?? null,
      appliedBy: revision.appliedBy?.name ?? null,
      createdAt: revision.createdAt,
    })),
  };
}

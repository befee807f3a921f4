import { db } from "@/lib/db";
import type { GlossaryProposalKind, GlossaryProposalStatus } from "@/lib/generated/prisma/enums";
import { storedContent } from "@/lib/glossary/records";
import { assertCan, readableGlossaryProposalsWhere, type Actor } from "@/lib/permissions";

export interface ProposalSummary {
  id: number;
  kind: GlossaryProposalKind;
  status: GlossaryProposalStatus;
  term: string;
  termSlug: string | null;
  proposedBy: string | null;
  isOwn: boolean;
  createdAt: Date;
}

/** Proposals the person may see (the chairs: all; others: their own), open ones first, newest first. */
export async function listGlossaryProposals({ actor }: { actor: Actor }): Promise<ProposalSummary[]> {
  assertCan(actor, "glossary.propose");
  const rows = await db.glossaryProposal.findMany({
    where: readableGlossaryProposalsWhere(actor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, kind: true, status: true, content: true, createdAt: true, proposedById: true, proposedBy: { select: { name: true } }, term: { select: { slug: true, term: true } } },
  });
  return rows
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      status: row.status,
      term: row.term?.term ?? storedContent(row.content).term,
      termSlug: row.term?.slug ?? null,
      proposedBy: row.proposedBy.name,
      isOwn: row.proposedById === actor.userId,
      createdAt: row.createdAt,
    }))
    .sort((a, b) => Number(b.status === "OPEN") - Number(a.status === "OPEN"));
}

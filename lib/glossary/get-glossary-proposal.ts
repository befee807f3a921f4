import { db } from "@/lib/db";
import type { GlossaryTermContent } from "@/lib/glossary/glossary-content";
import { proposalSelect, readTerm, storedContent, termContentOf, type ProposalRecord } from "@/lib/glossary/records";
import { can, canReadGlossaryProposal, type Actor } from "@/lib/permissions";

export interface ProposalView extends Omit<ProposalRecord, "content" | "term"> {
  content: GlossaryTermContent;
  /** The term as it is now (null for a new term, or a term since removed). */
  current: { slug: string; version: number; content: GlossaryTermContent } | null;
  /** Written against an older version than the term's current one. */
  isStale: boolean;
  canDecide: boolean;
  canWithdraw: boolean;
}

/** One proposal for the proposer or a chair; null for anyone else, as for one that does not exist. */
export async function getGlossaryProposal({ actor, proposalId }: { actor: Actor; proposalId: number }): Promise<ProposalView | null> {
  const proposal = await db.glossaryProposal.findUnique({ where: { id: proposalId }, select: proposalSelect });
  if (!proposal || !canReadGlossaryProposal(actor, proposal)) return null;
  const term = proposal.term ? await readTerm(db, proposal.term.slug) : null;
  const isOpen = proposal.status === "OPEN";
  const { term: _term, content, ...rest } = proposal;
  return {
    ...rest,
    content: storedContent(content),
    current: term ? { slug: term.slug, version: term.version, content: termContentOf(term) } : null,
    isStale: Boolean(term && proposal.baseVersion !== null && proposal.kind !== "NEW_TERM" && term.version !== proposal.baseVersion && isOpen),
    canDecide: isOpen && can(actor, "glossary.curate") && proposal.proposedById !== actor.userId,
    canWithdraw: isOpen && can(actor, "glossary.withdrawProposal", { ownerId: proposal.proposedById }),
  };
}

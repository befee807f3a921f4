import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyProposer } from "@/lib/glossary/notify-glossary";
import { assertCurrentVersion, checkTermContent, freeSlug, glossaryChanged, isSameContent, lockProposal, lockTerm, proposalDecided, publishTermContent, storedContent } from "@/lib/glossary/records";
import { slugForTerm, type approveProposalSchema } from "@/lib/glossary/schemas";
import { assertCan, refuseUnless, type Actor } from "@/lib/permissions";

/**
 * A chair approves a proposal, as sent or with their edits: the content
 * becomes the term's next version (or a new term), credited to the proposer
 * and recorded as approved by the chair. A chair does not decide their own
 * proposal; a proposal already decided or withdrawn is refused with who did
 * what; an edit of a term that changed since the chair compared it is
 * refused with the term as it is now.
 */
export async function approveProposal({ actor, input }: { actor: Actor; input: z.output<typeof approveProposalSchema> }): Promise<{ slug: string; version: number }> {
  assertCan(actor, "glossary.curate");
  const result = await db.$transaction(async (tx) => {
    const proposal = await lockProposal(tx, input.proposalId);
    refuseUnless(actor, proposal.proposedById !== actor.userId, "Another chair decides your own proposals.");
    if (proposal.status !== "OPEN") throw proposalDecided(proposal);
    const edited = !isSameContent(input.content, storedContent(proposal.content));
    const reason = edited ? `${proposal.reason}\n\n(Approved with edits by the chair.)` : proposal.reason;
    const credit = { proposedById: proposal.proposedById, appliedById: actor.userId, proposalId: proposal.id, reason };

    let published;
    if (proposal.kind === "NEW_TERM") {
      const content = await checkTermContent(tx, input.content);
      published = await publishTermContent(tx, { term: null, slug: await freeSlug(tx, slugForTerm(content.term)), content, ...credit });
    } else {
      if (!proposal.term) throw new AppError("CONFLICT", "The term this proposal changes is no longer in the glossary.");
      const term = await lockTerm(tx, proposal.term.slug);
      if (input.termVersion === undefined) throw new AppError("INVALID_INPUT", "The form is out of date; reload the page.");
      assertCurrentVersion(term, input.termVersion);
      const content = await checkTermContent(tx, input.content, { exceptTermId: term.id, ownSlug: term.slug });
      published = await publishTermContent(tx, { term, slug: term.slug, content, ...credit });
    }
    await tx.glossaryProposal.update({ where: { id: proposal.id }, data: { status: "APPROVED", decidedById: actor.userId, decidedAt: new Date(), termId: published.termId } });
    await notifyProposer(tx, { proposalId: proposal.id, userId: proposal.proposedById, term: input.content.term, outcome: "approved" });
    return { slug: published.slug, version: published.version };
  });
  glossaryChanged();
  return result;
}

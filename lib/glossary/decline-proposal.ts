import type { z } from "zod";
import { db } from "@/lib/db";
import { notifyProposer } from "@/lib/glossary/notify-glossary";
import { lockProposal, proposalDecided, storedContent } from "@/lib/glossary/records";
import type { declineProposalSchema } from "@/lib/glossary/schemas";
import { assertCan, refuseUnless, type Actor } from "@/lib/permissions";

/** A chair declines a proposal with a reason the proposer reads; nothing in the glossary changes. */
export async function declineProposal({ actor, input }: { actor: Actor; input: z.output<typeof declineProposalSchema> }): Promise<{ proposalId: number }> {
  assertCan(actor, "glossary.curate");
  return db.$transaction(async (tx) => {
    const proposal = await lockProposal(tx, input.proposalId);
    refuseUnless(actor, proposal.proposedById !== actor.userId, "Another chair decides your own proposals.");
    if (proposal.status !== "OPEN") throw proposalDecided(proposal);
    await tx.glossaryProposal.update({ where: { id: proposal.id }, data: { status: "DECLINED", decidedById: actor.userId, decidedAt: new Date(), declineReason: input.reason } });
    await notifyProposer(tx, { proposalId: proposal.id, userId: proposal.proposedById, term: storedContent(proposal.content).term, outcome: "declined", reason: input.reason });
    return { proposalId: proposal.id };
  });
}

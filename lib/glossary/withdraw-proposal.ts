import type { z } from "zod";
import { db } from "@/lib/db";
import { lockProposal, proposalDecided, proposalNotFound } from "@/lib/glossary/records";
import type { proposalRefSchema } from "@/lib/glossary/schemas";
import { assertCan, canReadGlossaryProposal, type Actor } from "@/lib/permissions";

/** The proposer takes back a proposal the chairs have not decided yet. */
export async function withdrawProposal({ actor, input }: { actor: Actor; input: z.output<typeof proposalRefSchema> }): Promise<{ proposalId: number }> {
  return db.$transaction(async (tx) => {
    const proposal = await lockProposal(tx, input.proposalId);
    if (!canReadGlossaryProposal(actor, proposal)) throw proposalNotFound();
    assertCan(actor, "glossary.withdrawProposal", { ownerId: proposal.proposedById });
    if (proposal.status !== "OPEN") throw proposalDecided(proposal);
    await tx.glossaryProposal.update({ where: { id: proposal.id }, data: { status: "WITHDRAWN", decidedAt: new Date() } });
    return { proposalId: proposal.id };
  });
}

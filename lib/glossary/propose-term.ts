import { db } from "@/lib/db";
import { invalidFields } from "@/lib/errors";
import { notifyChairsOfProposal } from "@/lib/glossary/notify-glossary";
import { checkTermContent, freeSlug, glossaryChanged, lockGlossaryWords, publishTermContent } from "@/lib/glossary/records";
import { slugForTerm, type proposeTermSchema } from "@/lib/glossary/schemas";
import { assertCan, can, type Actor } from "@/lib/permissions";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ProposeResult = { status: "published"; slug: string } | { status: "proposed"; proposalId: number };

/**
 * A new term. From a chair it is published at once (they are the ones who
 * would approve it); from anyone else it waits in the chairs' queue. A word
 * that is already a term, or already waiting as a proposal, is refused at
 * the headword with where to go instead.
 */
export async function proposeTerm({ actor, input }: { actor: Actor; input: z.output<typeof proposeTermSchema> }): Promise<ProposeResult> {
  assertCan(actor, "glossary.propose");
  const userId = actor.userId!;
  const result = await db.$transaction(async (tx): Promise<ProposeResult> => {
    await lockGlossaryWords(tx);
    const content = await checkTermContent(tx, input.content);
    if (can(actor, "glossary.curate")) {
      const slug = await freeSlug(tx, slugForTerm(content.term));
      await publishTermContent(tx, { term: null, slug, content, reason: input.reason, proposedById: userId, appliedById: userId });
      return { status: "published", slug };
    }
    const [waiting] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "GlossaryProposal" WHERE kind = 'NEW_TERM' AND status = 'OPEN' AND lower(content->>'term') = lower(${content.term}) LIMIT 1`;
    if (waiting) throw invalidFields({ term: [`“${content.term}” is already proposed and waiting for the chairs (proposal ${waiting.id}).`] });
    const proposal = await tx.glossaryProposal.create({
      data: { kind: "NEW_TERM", content: content as unknown as Prisma.InputJsonValue, reason: input.reason, proposedById: userId },
      select: { id: true },
    });
    await notifyChairsOfProposal(tx, { proposalId: proposal.id, term: content.term, proposerId: userId });
    return { status: "proposed", proposalId: proposal.id };
  });
  if (result.status === "published") glossaryChanged();
  return result;
}

import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyChairsOfProposal } from "@/lib/glossary/notify-glossary";
import { assertCurrentVersion, checkTermContent, glossaryChanged, isSameContent, lockTerm, publishTermContent, termContentOf } from "@/lib/glossary/records";
import type { proposeChangeSchema } from "@/lib/glossary/schemas";
import { assertCan, can, type Actor } from "@/lib/permissions";

export type ChangeResult = { status: "published"; slug: string; version: number } | { status: "proposed"; proposalId: number; slug: string };

/**
 * A new sense or an edit of an existing term, written against the version
 * the person saw. A chair's change is published at once, as the term's next
 * version; anyone else's waits for a chair. Either way a change written
 * against an older version is refused with the term as it is now, and one
 * that changes nothing is refused too.
 */
export async function proposeTermChange({ actor, input }: { actor: Actor; input: z.output<typeof proposeChangeSchema> }): Promise<ChangeResult> {
  assertCan(actor, "glossary.propose");
  const userId = actor.userId!;
  const result = await db.$transaction(async (tx): Promise<ChangeResult> => {
    const term = await lockTerm(tx, input.slug);
    assertCurrentVersion(term, input.baseVersion);
    const content = await checkTermContent(tx, input.content, { exceptTermId: term.id, ownSlug: term.slug });
    if (isSameContent(content, termContentOf(term))) throw new AppError("INVALID_INPUT", "This changes nothing in the entry; make your change, then send it.");
    if (input.kind === "NEW_SENSE" && content.senses.length <= term.senses.length) throw new AppError("INVALID_INPUT", "Add the new sense before sending (fill in the new sense's fields).");
    if (can(actor, "glossary.curate")) {
      const published = await publishTermContent(tx, { term, slug: term.slug, content, reason: input.reason, proposedById: userId, appliedById: userId });
      return { status: "published", slug: term.slug, version: published.version };
    }
    const proposal = await tx.glossaryProposal.create({
      data: { kind: input.kind, termId: term.id, baseVersion: term.version, content: content as unknown as Prisma.InputJsonValue, reason: input.reason, proposedById: userId },
      select: { id: true },
    });
    await notifyChairsOfProposal(tx, { proposalId: proposal.id, term: term.term, proposerId: userId });
    return { status: "proposed", proposalId: proposal.id, slug: term.slug };
  });
  if (result.status === "published") glossaryChanged();
  return result;
}

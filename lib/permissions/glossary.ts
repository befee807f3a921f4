import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/permissions/can";

/** A proposal is read by the chairs, who decide it, and by the person who sent it. */
export function canReadGlossaryProposal(actor: Actor, proposal: { proposedById: string }): boolean {
  return can(actor, "glossary.curate") || can(actor, "glossary.readOwnProposal", { ownerId: proposal.proposedById });
}

/** The proposals a person sees listed: every one for the chairs, their own for others, none for visitors. */
export function readableGlossaryProposalsWhere(actor: Actor): Prisma.GlossaryProposalWhereInput {
  if (can(actor, "glossary.curate")) return {};
  return actor.userId ? { proposedById: actor.userId } : { id: -1 };
}

import type { DatabaseTransaction } from "@/lib/db";
import { createNotifications } from "@/lib/notifications/create-notifications";

/** The chairs hear of a proposal waiting for them (in the app: the queue is theirs to work through). */
export async function notifyChairsOfProposal(tx: DatabaseTransaction, { proposalId, term, proposerId }: { proposalId: number; term: string; proposerId: string }) {
  const chairs = await tx.user.findMany({ where: { role: "CHAIR", id: { not: proposerId } }, select: { id: true } });
  await createNotifications(
    tx,
    chairs.map((chair) => ({ userId: chair.id, kind: "glossary.proposal", title: `Glossary proposal: “${term}”`, link: `/glossary/proposals/${proposalId}` })),
  );
}

/** The proposer hears what became of their proposal. */
export async function notifyProposer(tx: DatabaseTransaction, { proposalId, userId, term, outcome, reason }: { proposalId: number; userId: string; term: string; outcome: "approved" | "declined"; reason?: string }) {
  await createNotifications(tx, [
    {
      userId,
      kind: `glossary.${outcome}`,
      title: outcome === "approved" ? `Your glossary proposal for “${term}” was approved` : `Your glossary proposal for “${term}” was declined`,
      ...(reason ? { body: reason } : {}),
      link: `/glossary/proposals/${proposalId}`,
    },
  ]);
}

import { db } from "@/lib/db";
import type { MembershipRequestStatus } from "@/lib/generated/prisma/enums";
import { membershipRequestSummarySelect, viewMembershipRequestSummary } from "@/lib/membership/records";
import { assertCan, type Actor } from "@/lib/permissions";

const queueOrder: Record<MembershipRequestStatus, number> = { PENDING: 0, APPROVED: 1, DECLINED: 1, WITHDRAWN: 1 };

/**
 * The chairs' queue: open requests first, oldest first (they have waited
 * longest), then the decided ones, newest decision first; each with how many
 * messages its thread holds and whether its last word is the person's (an
 * answer waiting for the chairs).
 */
export async function listMembershipRequests({ actor }: { actor: Actor }) {
  assertCan(actor, "membership.readRequests");
  const records = await db.membershipRequest.findMany({
    select: {
      ...membershipRequestSummarySelect,
      _count: { select: { messages: true } },
      messages: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { authorId: true } },
    },
  });
  return records
    .map((record) => ({
      ...viewMembershipRequestSummary(record, actor),
      messageCount: record._count.messages,
      isAwaitingChairs: record.messages[0]?.authorId === record.userId,
    }))
    .sort((a, b) => queueOrder[a.status] - queueOrder[b.status] || (a.status === "PENDING" ? a.createdAt.getTime() - b.createdAt.getTime() : (b.decidedAt ?? b.createdAt).getTime() - (a.decidedAt ?? a.createdAt).getTime()) || a.id - b.id);
}

/** How many requests wait for the chairs: the count beside "Membership requests" in a chair's account menu. */
export async function countOpenMembershipRequests({ actor }: { actor: Actor }) {
  assertCan(actor, "membership.readRequests");
  return db.membershipRequest.count({ where: { status: "PENDING" } });
}

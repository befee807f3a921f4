import { db } from "@/lib/db";
import type { MembershipRequestStatus } from "@/lib/generated/prisma/enums";
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
      id: true,
      userId: true,
      status: true,
      affiliation: true,
      affiliationKind: true,
      country: true,
      areas: true,
      createdAt: true,
      decidedAt: true,
      user: { select: { name: true } },
      decidedBy: { select: { name: true } },
      _count: { select: { messages: true } },
      messages: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { authorId: true } },
    },
  });
  return records
    .map((record) => ({
      id: record.id,
      requesterName: record.user.name ?? "A person",
      isOwn: record.userId === actor.userId,
      status: record.status,
      affiliation: record.affiliation,
      affiliationKind: record.affiliationKind,
      country: record.country,
      areas: record.areas,
      createdAt: record.createdAt,
      decidedAt: record.decidedAt,
      deciderName: record.decidedBy?.name ?? null,
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

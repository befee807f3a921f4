import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";

/** The chairs' queue: open flags, oldest first. */
export async function listOpenFlags({ actor }: { actor: Actor }) {
  assertCan(actor, "painPoints.moderate");
  return db.flag.findMany({
    where: { resolvedAt: null },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      reason: true,
      createdAt: true,
      raisedBy: { select: { name: true } },
      painPoint: { select: { id: true, title: true, isHidden: true } },
      comment: { select: { id: true, body: true, isHidden: true, author: { select: { name: true } } } },
    },
  });
}

import { db } from "@/lib/db";
import { readableSessionsWhere, type Actor } from "@/lib/permissions";

/** Sessions whose notes mention a PEP ("PEP 703"), newest first, among those the actor may read. */
export async function listSessionsMentioningPep({ actor, pepNumber }: { actor: Actor; pepNumber: number }) {
  return db.bofSession.findMany({
    where: { notes: { mentionedPeps: { has: pepNumber } }, ...readableSessionsWhere(actor) },
    orderBy: { startsAt: "desc" },
    take: 50,
    select: { id: true, slug: true, title: true, startsAt: true },
  });
}

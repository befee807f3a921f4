import { db } from "@/lib/db";
import { canReadSession, type Actor } from "@/lib/permissions";

/** Sessions whose notes mention a PEP ("PEP 703"), newest first, among those the actor may read. */
export async function listSessionsMentioningPep({ actor, pepNumber }: { actor: Actor; pepNumber: number }) {
  const sessions = await db.bofSession.findMany({
    where: { notes: { mentionedPeps: { has: pepNumber } } },
    orderBy: { startsAt: "desc" },
    take: 50,
    select: { id: true, slug: true, title: true, startsAt: true, visibility: true },
  });
  return sessions.filter((session) => canReadSession(actor, session)).map(({ visibility: _visibility, ...session }) => session);
}

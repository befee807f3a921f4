import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, readableSessionsWhere, type Actor } from "@/lib/permissions";

export const PAST_PAGE_SIZE = 20;
/** Nobody plans hundreds of sessions ahead; this only bounds the query. */
const MAX_UPCOMING = 200;

const listSelect = {
  id: true,
  slug: true,
  title: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  videoUrl: true,
  visibility: true,
  _count: { select: { agendaItems: true } },
} satisfies Prisma.BofSessionSelect;

/**
 * The sessions this actor may see, in three groups: live now and upcoming
 * (soonest first), and past (latest first, a page at a time). Members-only
 * sessions are left out entirely for those who may not read them.
 */
export async function listSessions({ actor, now = new Date(), pastPage = 1 }: { actor: Actor; now?: Date; pastPage?: number }) {
  assertCan(actor, "sessions.read");
  const visible = readableSessionsWhere(actor);
  const [current, past, pastTotal] = await Promise.all([
    db.bofSession.findMany({ where: { ...visible, endsAt: { gt: now } }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: MAX_UPCOMING, select: listSelect }),
    db.bofSession.findMany({
      where: { ...visible, endsAt: { lte: now } },
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      skip: (pastPage - 1) * PAST_PAGE_SIZE,
      take: PAST_PAGE_SIZE,
      select: listSelect,
    }),
    db.bofSession.count({ where: { ...visible, endsAt: { lte: now } } }),
  ]);
  const entry = ({ _count, ...session }: (typeof current)[number]) => ({ ...session, agendaItemCount: _count.agendaItems });
  return {
    live: current.filter((session) => session.startsAt <= now).map(entry),
    upcoming: current.filter((session) => session.startsAt > now).map(entry),
    past: past.map(entry),
    pastTotal,
  };
}

export type SessionListEntry = Awaited<ReturnType<typeof listSessions>>["past"][number];

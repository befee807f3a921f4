import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";
import { discussionLink, parseRestLinks } from "@/lib/peps/rest-links";

/** Everything the PEP page shows, or null for an unknown number. */
export async function getPepDetails({ actor, number }: { actor: Actor; number: number }) {
  const pep = await db.pep.findUnique({
    where: { number },
    select: {
      number: true,
      title: true,
      authors: true,
      authorNames: true,
      status: true,
      type: true,
      topics: true,
      createdOn: true,
      pythonVersions: true,
      discussionsTo: true,
      postHistory: true,
      resolution: true,
      requires: true,
      replaces: true,
      supersededBy: true,
      url: true,
      isHpcRelevant: true,
      firstSeenAt: true,
      areas: { select: { area: { select: { slug: true, name: true } } }, orderBy: { area: { sortOrder: "asc" } } },
      statusChanges: { orderBy: { seenAt: "desc" }, select: { id: true, fromStatus: true, toStatus: true, seenAt: true } },
      assessment: {
        select: { impact: true, stance: true, affected: true, summary: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
      },
      _count: { select: { watches: true, revisions: true } },
    },
  });
  if (!pep) return null;

  const relatedNumbers = [...new Set([...pep.requires, ...pep.replaces, ...pep.supersededBy])];
  const [related, watch] = await Promise.all([
    relatedNumbers.length
      ? db.pep.findMany({ where: { number: { in: relatedNumbers } }, select: { number: true, title: true, status: true } })
      : Promise.resolve([]),
    actor.userId ? db.pepWatch.findUnique({ where: { userId_pepNumber: { userId: actor.userId, pepNumber: number } }, select: { createdAt: true } }) : null,
  ]);
  const relatedByNumber = new Map(related.map((item) => [item.number, item]));
  const relation = (numbers: number[]) => numbers.map((n) => relatedByNumber.get(n) ?? { number: n, title: null, status: null });

  return {
    ...pep,
    areas: pep.areas.map(({ area }) => area),
    discussion: discussionLink(pep.discussionsTo),
    resolutionLinks: parseRestLinks(pep.resolution),
    postHistoryLinks: parseRestLinks(pep.postHistory),
    requiresPeps: relation(pep.requires),
    replacesPeps: relation(pep.replaces),
    supersededByPeps: relation(pep.supersededBy),
    watcherCount: pep._count.watches,
    revisionCount: pep._count.revisions,
    isWatching: Boolean(watch),
    canWatch: can(actor, "peps.watch"),
    canAssess: can(actor, "peps.assess"),
    canMarkRelevant: can(actor, "peps.markRelevant"),
  };
}

export type PepDetails = NonNullable<Awaited<ReturnType<typeof getPepDetails>>>;

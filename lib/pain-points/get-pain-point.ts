import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";
import type { ImportTimeProfile } from "@/lib/pain-points/importtime";
import { normalizeSite } from "@/lib/pain-points/schemas";
import { describeContextValue } from "@/lib/pain-points/vocabulary";

/**
 * A report as its page shows it to this actor. Hidden reports exist only for
 * chairs; to everyone else they are simply not found. The reporter's name is
 * shown when they chose so, and always to chairs.
 */
export async function getPainPoint({ actor, id }: { actor: Actor; id: number }) {
  const canSeeHidden = can(actor, "painPoints.readHidden");
  const row = await db.painPoint.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      severity: true,
      status: true,
      isReporterPublic: true,
      reporterId: true,
      site: true,
      siteKind: true,
      scheduler: true,
      filesystem: true,
      installMethod: true,
      pythonVersion: true,
      mpi: true,
      accelerator: true,
      affectedCount: true,
      siteCount: true,
      commentCount: true,
      duplicateOfId: true,
      isHidden: true,
      hiddenReason: true,
      hiddenAt: true,
      createdAt: true,
      lastActivityAt: true,
      reporter: { select: { name: true } },
      hiddenBy: { select: { name: true } },
      areas: { select: { area: { select: { slug: true, name: true } } }, orderBy: { area: { sortOrder: "asc" } } },
      votes: { select: { userId: true, site: true, siteKind: true, filesystem: true, installMethod: true } },
      comments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, editedAt: true, isHidden: true, hiddenReason: true, authorId: true, author: { select: { name: true } } },
      },
      peps: { orderBy: { pepNumber: "asc" }, select: { pep: { select: { number: true, title: true, status: true } } } },
      links: { orderBy: { createdAt: "asc" }, select: { id: true, url: true, addedById: true } },
      statusChanges: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fromStatus: true, toStatus: true, reason: true, duplicateOfId: true, createdAt: true, changedById: true, changedBy: { select: { name: true } } },
      },
      evidence: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, parsed: true } },
    },
  });
  if (!row || (row.isHidden && !canSeeHidden)) return { kind: "missing" as const };
  // A duplicate's page sends people on to the original.
  if (row.status === "DUPLICATE" && row.duplicateOfId && !canSeeHidden) return { kind: "duplicate" as const, originalId: row.duplicateOfId };

  const canSeeReporter = row.isReporterPublic || can(actor, "painPoints.seeReporter") || actor.userId === row.reporterId;
  const people = [
    { userId: row.reporterId, site: row.site, filesystem: row.filesystem },
    ...row.votes.filter((vote) => vote.userId !== row.reporterId),
  ];
  const filesystems = [...new Set(people.map((person) => describeContextValue("filesystem", person.filesystem)).filter((name): name is string => Boolean(name)))];
  const sites = new Set(people.map((person) => normalizeSite(person.site)).filter(Boolean));
  const myVote = actor.userId ? row.votes.find((vote) => vote.userId === actor.userId) : undefined;

  const { votes: _votes, reporter, reporterId, ...rest } = row;
  return {
    kind: "found" as const,
    painPoint: {
      ...rest,
      areas: row.areas.map(({ area }) => area),
      peps: row.peps.map(({ pep }) => pep),
      evidence: row.evidence.map((item) => ({ ...item, parsed: item.parsed as unknown as ImportTimeProfile })),
      reporterName: canSeeReporter ? (reporter.name ?? "A member of the hub") : null,
      isReporterNamePrivate: !row.isReporterPublic,
      isMine: actor.userId === reporterId,
      affected: { people: people.length, sites: sites.size, filesystems },
      myVote: myVote ? { site: myVote.site, siteKind: myVote.siteKind, filesystem: myVote.filesystem, installMethod: myVote.installMethod } : null,
      comments: row.comments.map((comment) => ({
        id: comment.id,
        // A hidden comment's text stays with chairs; everyone else sees that it was hidden.
        body: comment.isHidden && !can(actor, "painPoints.moderate") ? null : comment.body,
        createdAt: comment.createdAt,
        editedAt: comment.editedAt,
        isHidden: comment.isHidden,
        hiddenReason: can(actor, "painPoints.moderate") ? comment.hiddenReason : null,
        authorName: comment.author.name ?? "A member of the hub",
        canEdit: can(actor, "comments.edit", { ownerId: comment.authorId }) && !comment.isHidden,
        canDelete: can(actor, "comments.delete", { ownerId: comment.authorId }),
      })),
      // The history's first entry is the reporter's: it must not name someone who chose not to be named.
      statusChanges: row.statusChanges.map(({ changedById, changedBy, ...change }) => ({ ...change, changedBy: changedById === reporterId && !canSeeReporter ? null : changedBy })),
      links: row.links.map(({ addedById, ...link }) => ({ ...link, canRemove: can(actor, "painPoints.removeLink", { ownerId: addedById }) })),
      permissions: {
        canEdit: can(actor, "painPoints.edit", { ownerId: reporterId }),
        canMarkAffected: can(actor, "painPoints.markAffected") && actor.userId !== reporterId,
        canComment: can(actor, "painPoints.comment"),
        canFlag: can(actor, "painPoints.flag"),
        canTriage: can(actor, "painPoints.triage"),
        canModerate: can(actor, "painPoints.moderate"),
        canAddLink: can(actor, "painPoints.addLink"),
      },
    },
  };
}

export type PainPointDetails = Extract<Awaited<ReturnType<typeof getPainPoint>>, { kind: "found" }>["painPoint"];

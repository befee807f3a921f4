import { db, type Database, type DatabaseTransaction } from "@/lib/db";
import { AppError, invalidFields } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PainSeverity, PainStatus } from "@/lib/generated/prisma/enums";
import { createNotifications, type NewNotification } from "@/lib/notifications/create-notifications";
import { anonymousActor, can, canReadHiddenComments, canReadSession, canSeeReporter, readablePainPointsSql, readablePainPointsWhere, type Actor } from "@/lib/permissions";
import { parseImportTime, type ImportTimeProfile } from "@/lib/pain-points/importtime";
import { limits, normalizeSite, type ReportInput } from "@/lib/pain-points/schemas";
import { describeContextValue } from "@/lib/pain-points/vocabulary";

/**
 * Pain-point reports as stored and as each person sees them, and the
 * bookkeeping every use case does inside its transaction: the row lock, the
 * derived counts (recomputed from the rows they summarise, so they cannot
 * drift however many people click at once), the search vector, and
 * notifications to a report's followers.
 */

type Client = Database | DatabaseTransaction;

export const painPointNotFound = () => new AppError("NOT_FOUND", "That report does not exist.");

/** The columns a change needs to decide who may make it. */
export interface LockedPainPoint {
  id: number;
  title: string;
  reporterId: string;
  status: PainStatus;
  severity: PainSeverity;
  isHidden: boolean;
  version: number;
}

/**
 * A report's row, locked until the transaction ends so that changes to it
 * (and its recounts) take turns. A report the actor may not read is not
 * found; `includeHidden: false` (the default) treats hidden reports so for
 * everyone, as nobody votes on, comments on or flags a hidden report.
 */
export async function lockPainPoint(tx: DatabaseTransaction, actor: Actor, painPointId: number, { includeHidden = false }: { includeHidden?: boolean } = {}): Promise<LockedPainPoint> {
  const readable = readablePainPointsSql(actor, { includeHidden });
  const [row] = await tx.$queryRaw<LockedPainPoint[]>`
    SELECT id, title, "reporterId", status::text AS status, severity::text AS severity, "isHidden", version
    FROM "PainPoint" p WHERE id = ${painPointId} ${readable ? Prisma.sql`AND ${readable}` : Prisma.empty} FOR UPDATE`;
  if (!row) throw painPointNotFound();
  return row;
}

// Reading a report for its page ---------------------------------------------

/** Where the reporter meets the problem: the columns the report form's context fields write. */
const contextSelect = { site: true, siteKind: true, scheduler: true, filesystem: true, installMethod: true, pythonVersion: true, mpi: true, accelerator: true } as const satisfies Prisma.PainPointSelect;

const painPointRecordSelect = {
  id: true,
  title: true,
  description: true,
  severity: true,
  status: true,
  version: true,
  isReporterPublic: true,
  reporterId: true,
  ...contextSelect,
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
  sourceQuestionId: true,
  raisedInSession: { select: { slug: true, title: true, visibility: true } },
  raisedBy: { select: { name: true } },
} satisfies Prisma.PainPointSelect;

export type PainPointRecord = Prisma.PainPointGetPayload<{ select: typeof painPointRecordSelect }>;

export function readPainPoint(client: Client, where: Prisma.PainPointWhereInput): Promise<PainPointRecord | null> {
  return client.painPoint.findFirst({ where, select: painPointRecordSelect });
}

const someone = "A member of the hub";

/**
 * The one place that decides what a person sees of a report on its page
 * (and through the read API): the reporter's name by the rule in
 * lib/permissions, hidden comments' text only for moderators, where a chair
 * filed it from (only for those who may read that session; an anonymous
 * asker was never stored), and what they may do there.
 */
export function viewPainPoint(record: PainPointRecord, actor: Actor) {
  const isReporterShown = canSeeReporter(actor, record);
  const seesHiddenComments = canReadHiddenComments(actor);
  const people = [{ userId: record.reporterId, site: record.site, filesystem: record.filesystem }, ...record.votes.filter((vote) => vote.userId !== record.reporterId)];
  const filesystems = [...new Set(people.map((person) => describeContextValue("filesystem", person.filesystem)).filter((name): name is string => Boolean(name)))];
  const sites = new Set(people.map((person) => normalizeSite(person.site)).filter(Boolean));
  const myVote = actor.userId ? record.votes.find((vote) => vote.userId === actor.userId) : undefined;

  const { votes: _votes, reporter, reporterId, sourceQuestionId, raisedInSession, raisedBy, ...rest } = record;
  return {
    ...rest,
    areas: record.areas.map(({ area }) => area),
    peps: record.peps.map(({ pep }) => pep),
    evidence: record.evidence.map((item) => ({ ...item, parsed: item.parsed as unknown as ImportTimeProfile })),
    reporterName: isReporterShown ? (reporter.name ?? someone) : null,
    isReporterNamePrivate: !record.isReporterPublic,
    isMine: actor.userId === reporterId,
    raisedIn:
      raisedInSession && canReadSession(actor, raisedInSession)
        ? {
            session: { slug: raisedInSession.slug, title: raisedInSession.title },
            /** The question it was made from (null: a passage of the notes, or a question since removed). */
            questionId: sourceQuestionId,
            askerName: raisedBy ? (raisedBy.name ?? someone) : null,
          }
        : null,
    affected: { people: people.length, sites: sites.size, filesystems },
    myVote: myVote ? { site: myVote.site, siteKind: myVote.siteKind, filesystem: myVote.filesystem, installMethod: myVote.installMethod } : null,
    comments: record.comments.map((comment) => ({
      id: comment.id,
      body: comment.isHidden && !seesHiddenComments ? null : comment.body,
      createdAt: comment.createdAt,
      editedAt: comment.editedAt,
      isHidden: comment.isHidden,
      hiddenReason: seesHiddenComments ? comment.hiddenReason : null,
      authorName: comment.author.name ?? someone,
      canEdit: can(actor, "comments.edit", { ownerId: comment.authorId }) && !comment.isHidden,
      canDelete: can(actor, "comments.delete", { ownerId: comment.authorId }),
    })),
    // The history's first entry is the reporter's: it must not name someone who chose not to be named.
    statusChanges: record.statusChanges.map(({ changedById, changedBy, ...change }) => ({ ...change, changedBy: changedById === reporterId && !isReporterShown ? null : changedBy })),
    links: record.links.map(({ addedById, ...link }) => ({ ...link, canRemove: can(actor, "painPoints.removeLink", { ownerId: addedById }) })),
    permissions: {
      canEdit: can(actor, "painPoints.edit", { ownerId: reporterId }),
      canMarkAffected: can(actor, "painPoints.markAffected") && actor.userId !== reporterId,
      canComment: can(actor, "painPoints.comment"),
      canFlag: can(actor, "painPoints.flag"),
      canTriage: can(actor, "painPoints.triage"),
      canModerate: can(actor, "painPoints.moderate"),
      canAddLink: can(actor, "painPoints.addLink"),
    },
  };
}

export type PainPointDetails = ReturnType<typeof viewPainPoint>;

// Reports listed on other pages ---------------------------------------------

/** Reports shown on other pages (a PEP's, an area's, the home page): readable, not duplicates. */
export function relatedPainPointsWhere(actor: Actor): Prisma.PainPointWhereInput {
  return { ...readablePainPointsWhere(actor, { includeHidden: false }), status: { not: "DUPLICATE" } };
}

/**
 * The same for raw SQL over `"PainPoint" p` in figures kept for everyone
 * alike (the overview, the PEP catalog's counts): what a visitor may read.
 */
export function publicPainPointsSql(): Prisma.Sql {
  const readable = readablePainPointsSql(anonymousActor, { includeHidden: false });
  return Prisma.sql`${readable ?? Prisma.sql`TRUE`} AND p.status <> 'DUPLICATE'`;
}

export const relatedPainPointSelect = { id: true, title: true, status: true, severity: true, affectedCount: true, siteCount: true } satisfies Prisma.PainPointSelect;
export type RelatedPainPoint = Prisma.PainPointGetPayload<{ select: typeof relatedPainPointSelect }>;
export const mostAffectedFirst: Prisma.PainPointOrderByWithRelationInput[] = [{ siteCount: "desc" }, { affectedCount: "desc" }, { id: "desc" }];

// Comments -------------------------------------------------------------------

export const commentNotFound = () => new AppError("NOT_FOUND", "That comment does not exist (any more).");

/** A comment on the given report, locked like its report; a comment on another report is not found. */
export async function lockComment(tx: DatabaseTransaction, painPointId: number, commentId: string) {
  const [row] = await tx.$queryRaw<{ id: string; authorId: string; isHidden: boolean }[]>`
    SELECT id, "authorId", "isHidden" FROM "PainPointComment" WHERE id = ${commentId} AND "painPointId" = ${painPointId} FOR UPDATE`;
  if (!row) throw commentNotFound();
  return row;
}

// Reading a report for its edit form ---------------------------------------

export const editableSelect = {
  id: true,
  title: true,
  description: true,
  severity: true,
  version: true,
  reporterId: true,
  isReporterPublic: true,
  ...contextSelect,
  updatedAt: true,
  areas: { select: { areaSlug: true } },
  _count: { select: { evidence: true } },
} satisfies Prisma.PainPointSelect;

type EditableRecord = Prisma.PainPointGetPayload<{ select: typeof editableSelect }>;

/** A report as its edit form starts from it (and as a conflicting editor is shown it). */
export function viewEditable(record: EditableRecord, actor: Actor) {
  const { areas, _count, reporterId, ...fields } = record;
  return { ...fields, areas: areas.map((area) => area.areaSlug), hasEvidence: _count.evidence > 0, isOwnReport: actor.userId === reporterId };
}

export type EditablePainPoint = ReturnType<typeof viewEditable>;

// Writing a report -----------------------------------------------------------

/**
 * What the schema cannot check: that the areas exist, and that pasted
 * evidence is `python -X importtime` output. Returns the parsed evidence.
 */
export async function checkReportInput(input: ReportInput): Promise<{ raw: string; parsed: Prisma.InputJsonValue } | undefined> {
  const knownAreas = new Set((await db.area.findMany({ select: { slug: true } })).map((area) => area.slug));
  const unknownAreas = input.areas.filter((area) => !knownAreas.has(area));
  if (unknownAreas.length) throw invalidFields({ areas: [`Unknown area: ${unknownAreas.join(", ")}.`] });
  if (!input.importTime) return undefined;
  const result = parseImportTime(input.importTime);
  if (!result.ok) throw invalidFields({ importTime: [result.error] });
  return { raw: input.importTime, parsed: result.profile as unknown as Prisma.InputJsonValue };
}

/** People: the reporter and every other voter. Sites: distinct named sites among them. */
export async function recountAffected(tx: DatabaseTransaction, painPointId: number) {
  await tx.$executeRaw`
    UPDATE "PainPoint" p SET
      "affectedCount" = 1 + (SELECT count(*) FROM "PainPointVote" v WHERE v."painPointId" = p.id AND v."userId" <> p."reporterId"),
      "siteCount" = (
        SELECT count(DISTINCT site) FROM (
          SELECT lower(regexp_replace(trim(p.site), '\\s+', ' ', 'g')) AS site
          UNION ALL
          SELECT lower(regexp_replace(trim(v.site), '\\s+', ' ', 'g')) FROM "PainPointVote" v WHERE v."painPointId" = p.id
        ) sites WHERE site IS NOT NULL AND site <> ''
      )
    WHERE p.id = ${painPointId}`;
}

export async function recountComments(tx: DatabaseTransaction, painPointId: number) {
  await tx.$executeRaw`
    UPDATE "PainPoint" p SET "commentCount" = (SELECT count(*) FROM "PainPointComment" c WHERE c."painPointId" = p.id AND NOT c."isHidden")
    WHERE p.id = ${painPointId}`;
}

export async function touchActivity(tx: DatabaseTransaction, painPointId: number) {
  await tx.$executeRaw`UPDATE "PainPoint" SET "lastActivityAt" = now() WHERE id = ${painPointId}`;
}

/** How much of a report's evidence the search vector covers (a tsvector holds at most 1 MB; the database functions cap each profile the same way). */
const SEARCHABLE_EVIDENCE_LENGTH = 120_000;

/**
 * The search vector: title (weight A) over description (B) over evidence (C),
 * the module names of its import-time profile with their dotted parts (the
 * database function `evidence_search_text`, from the migration
 * 20261203130500_search_reaches_evidence). Called whenever the text or the
 * evidence changes.
 */
export async function updateSearchVector(tx: DatabaseTransaction, painPointId: number) {
  await tx.$executeRaw`
    UPDATE "PainPoint" p SET "searchVector" =
      setweight(to_tsvector('english', p.title), 'A') || setweight(to_tsvector('english', p.description), 'B') ||
      setweight(to_tsvector('english', coalesce((
        SELECT left(string_agg(evidence_search_text(e.kind, e.parsed), ' ' ORDER BY e."createdAt", e.id), ${SEARCHABLE_EVIDENCE_LENGTH}::int) FROM "Evidence" e WHERE e."painPointId" = p.id
      ), '')), 'C')
    WHERE p.id = ${painPointId}`;
}

/** The reporter and everyone affected, minus whoever made the change. */
export async function notifyFollowers(tx: DatabaseTransaction, painPointId: number, message: { kind: string; title: string; body?: string }, exceptUserId: string | null): Promise<NewNotification[]> {
  const report = await tx.painPoint.findUniqueOrThrow({ where: { id: painPointId }, select: { reporterId: true, votes: { select: { userId: true } } } });
  const followers = new Set([report.reporterId, ...report.votes.map((vote) => vote.userId)]);
  if (exceptUserId) followers.delete(exceptUserId);
  const notifications = [...followers].map((userId) => ({ userId, ...message, link: `/pain-points/${painPointId}` }));
  await createNotifications(tx, notifications);
  return notifications;
}

// Saved sites ------------------------------------------------------------------

export const savedSiteSelect = {
  id: true,
  name: true,
  site: true,
  siteKind: true,
  scheduler: true,
  filesystem: true,
  installMethod: true,
  pythonVersion: true,
  mpi: true,
  accelerator: true,
} satisfies Prisma.SavedSiteSelect;
export type SavedSiteRecord = Prisma.SavedSiteGetPayload<{ select: typeof savedSiteSelect }>;

export const savedSiteNotFound = () => new AppError("NOT_FOUND", "That saved site does not exist (any more).");

/** A saved site as its owner picks it: a name and the context it fills in. */
export function viewSavedSite({ id, name, ...context }: SavedSiteRecord) {
  return { id, name, context };
}
export type SavedSiteView = ReturnType<typeof viewSavedSite>;

/**
 * Keeps a report's context under a name its reporter gave, replacing what
 * the name held before; refused at the name's field when the person already
 * keeps as many sites as allowed.
 */
export async function keepSavedSite(tx: DatabaseTransaction, userId: string, name: string, context: Omit<SavedSiteRecord, "id" | "name">) {
  const existing = await tx.savedSite.findUnique({ where: { userId_name: { userId, name } }, select: { id: true } });
  if (!existing && (await tx.savedSite.count({ where: { userId } })) >= limits.savedSites) {
    throw invalidFields({ keepSiteAs: [`You keep ${limits.savedSites} sites already; forget one of them first, or use one of their names to replace it.`] });
  }
  await tx.savedSite.upsert({ where: { userId_name: { userId, name } }, create: { userId, name, ...context }, update: context });
}

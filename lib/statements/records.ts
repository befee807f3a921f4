import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import type { Database, DatabaseTransaction } from "@/lib/db";
import { AppError, conflictError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StatementStage } from "@/lib/generated/prisma/enums";
import { isInactive } from "@/lib/membership/activity";
import { createNotifications, type NewNotification } from "@/lib/notifications/create-notifications";
import { canReadStatement, refuseUnless, type Actor, type StatementParticipant } from "@/lib/permissions";

type Client = Database | DatabaseTransaction;

export const statementLink = (slug: string) => `/statements/${slug}`;

export const statementNotFound = () => new AppError("NOT_FOUND", "That statement does not exist, or it has not been published.");

/** A statement's row as the lifecycle rules read it. */
export interface LockedStatement {
  id: number;
  slug: string;
  title: string;
  stage: StatementStage;
  version: number;
  reviewStartedAt: Date | null;
  publishedAt: Date | null;
}

/**
 * How a use case holds the statement's row until its transaction ends.
 * "update" (steps, closes, edits of the details): two chairs taking steps at
 * once, or a step and an edit, take turns and the second sees what the first
 * did. "key share" (votes, comments): held by any number at once, so fifty
 * members voting within a second do not queue behind each other, while a
 * step or a close waits for them, and one that waited for a step reads the
 * row as the step left it.
 */
const statementLocks = { update: Prisma.sql`FOR UPDATE`, "key share": Prisma.sql`FOR KEY SHARE` } as const;

/** A statement's row, locked (see statementLocks). What the actor may not read does not exist. */
export async function lockStatement(tx: DatabaseTransaction, actor: Actor, slug: string, strength: keyof typeof statementLocks = "update"): Promise<LockedStatement> {
  const [row] = await tx.$queryRaw<LockedStatement[]>`
    SELECT id, slug, title, stage::text AS stage, version, "reviewStartedAt", "publishedAt" FROM "Statement" WHERE slug = ${slug} ${statementLocks[strength]}`;
  if (!row || !canReadStatement(actor, row)) throw statementNotFound();
  return row;
}

/** The same by id, for use cases that start from a row that points at the statement (an objection). */
export async function lockStatementById(tx: DatabaseTransaction, statementId: number): Promise<LockedStatement> {
  const [row] = await tx.$queryRaw<LockedStatement[]>`
    SELECT id, slug, title, stage::text AS stage, version, "reviewStartedAt", "publishedAt" FROM "Statement" WHERE id = ${statementId} FOR UPDATE`;
  if (!row) throw statementNotFound();
  return row;
}

/** A statement the actor may read, by slug, or NOT_FOUND: its id and stage, for reads that go on from there. */
export async function findReadableStatement(client: Client, actor: Actor, slug: string) {
  const statement = await client.statement.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, stage: true } });
  if (!statement || !canReadStatement(actor, statement)) throw statementNotFound();
  return statement;
}

/** The actor's membership as the drafting and voting rules read it, at `now`. */
export async function readParticipant(client: Client, userId: string | null, now: Date): Promise<StatementParticipant | null> {
  if (!userId) return null;
  const membership = await client.membership.findUnique({ where: { userId }, select: { status: true, lastActiveAt: true } });
  if (!membership) return null;
  const { inactiveAfterMonths } = await getCharterSettings(client);
  return { status: membership.status, isInactive: isInactive(membership.lastActiveAt, inactiveAfterMonths, now) };
}

/** Why a signed-in person may not draft or vote, in the words that tell them what to do. */
export function notParticipatingMessage(membership: StatementParticipant | null, doing: string): string {
  if (!membership || membership.status === "LEFT") return `Only members of the working group ${doing}. Ask to join on the membership page.`;
  if (membership.status === "SUSPENDED") return `Your membership is suspended: you cannot ${doing.replace(/^\w+\s/, "")} while it lasts.`;
  return `Your membership counts as inactive under the charter's rule: reaffirm it on your membership page, then you can ${doing.replace(/^\w+\s/, "")} again.`;
}

/** Chairs' steps: refused at the role before anything else is looked at. */
export const chairsOnly = (actor: Actor, isAllowed: boolean) => refuseUnless(actor, isAllowed, "Only the chairs take a statement through its steps (review, vote, publication, withdrawal).");

/** A step or edit on a statement that moved on since the person's page was drawn: nothing was changed, and they are shown where it is now. */
export function statementChangedMeanwhile(current: LockedStatement, message: string) {
  return conflictError(`${message} Nothing was changed.`, { slug: current.slug, stage: current.stage, version: current.version });
}

/** Bumps the statement's version with a change, so open forms and live clients see it moved. */
export function updateStatement(tx: DatabaseTransaction, statementId: number, data: Prisma.StatementUpdateInput) {
  return tx.statement.update({ where: { id: statementId }, data: { ...data, version: { increment: 1 } }, select: { version: true } });
}

/** Audits a change of a statement, its stage or its vote. */
export function auditStatement(tx: DatabaseTransaction, actor: Actor, statement: { id: number; title: string }, event: { action: string; before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue; reason?: string | null }) {
  return recordAuditEvent(tx, { actorId: actor.userId, subjectType: "statement", subjectId: String(statement.id), subjectLabel: statement.title, ...event });
}

/**
 * Tells the statement's authors (always: it speaks in their name) and its
 * followers about a step, in the transaction that took it; the
 * caller emails them after the commit. The person who took the step is not
 * told what they did.
 */
export async function notifyFollowers(tx: DatabaseTransaction, statement: { id: number; slug: string }, message: { title: string; body?: string }, exceptUserId: string | null): Promise<NewNotification[]> {
  const followers = await tx.statementFollow.findMany({ where: { statementId: statement.id }, select: { userId: true } });
  const authors = await tx.statementAuthor.findMany({ where: { statementId: statement.id }, select: { userId: true } });
  const people = [...followers, ...authors].map((person) => person.userId).filter((userId) => userId !== exceptUserId);
  return notifyPeople(tx, people, statement, message);
}

/** Notifications of kind "statement" to these people about this statement. */
export async function notifyPeople(tx: DatabaseTransaction, userIds: string[], statement: { slug: string }, message: { title: string; body?: string }): Promise<NewNotification[]> {
  const notifications = [...new Set(userIds)].map((userId) => ({ userId, kind: "statement", link: statementLink(statement.slug), ...message }));
  await createNotifications(tx, notifications);
  return notifications;
}

/** A stage as a sentence says it: "This statement is being voted on". */
export const stageWords: Record<StatementStage, string> = { DRAFT: "in draft", REVIEW: "in review", VOTE: "being voted on", PUBLISHED: "published", WITHDRAWN: "withdrawn" };

export const stageLabels: Record<StatementStage, string> = { DRAFT: "draft", REVIEW: "in review", VOTE: "in the vote", PUBLISHED: "published", WITHDRAWN: "withdrawn" };

/** A vote round as every view of the statement summarises it. */
export const roundSummarySelect = {
  id: true,
  openedAt: true,
  closesAt: true,
  closedAt: true,
  outcome: true,
  tally: true,
  quorumPercent: true,
  passThresholdPercent: true,
  silenceAbstainDays: true,
  eligibleCount: true,
  isAnonymous: true,
  hidesResultsUntilClose: true,
  reminderIntervalDays: true,
  lastReminderAt: true,
  remindersSent: true,
  textVersionId: true,
  textVersion: { select: { number: true } },
} satisfies Prisma.StatementVoteRoundSelect;
export type RoundSummaryRecord = Prisma.StatementVoteRoundGetPayload<{ select: typeof roundSummarySelect }>;

export function viewRoundSummary(round: RoundSummaryRecord, now: Date) {
  return {
    id: round.id,
    textVersionNumber: round.textVersion.number,
    openedAt: round.openedAt,
    closesAt: round.closesAt,
    closedAt: round.closedAt,
    outcome: round.outcome as "PASSED" | "FAILED" | null,
    isOpen: round.closedAt === null,
    isPastDeadline: round.closesAt <= now,
    /** A round that went back to review without a result. */
    isAbandoned: round.closedAt !== null && round.outcome === null,
    quorumPercent: round.quorumPercent,
    passThresholdPercent: round.passThresholdPercent,
    silenceAbstainDays: round.silenceAbstainDays,
    eligibleCount: round.eligibleCount,
    isAnonymous: round.isAnonymous,
    hidesResultsUntilClose: round.hidesResultsUntilClose,
  };
}
export type RoundSummary = ReturnType<typeof viewRoundSummary>;

/** The statement's newest round, open or not. */
export function readLatestRound(client: Client, statementId: number) {
  return client.statementVoteRound.findFirst({ where: { statementId }, orderBy: [{ openedAt: "desc" }, { id: "desc" }], select: roundSummarySelect });
}

/**
 * The open round's row locked like the statement's: FOR UPDATE by a close,
 * which then waits for votes under way; FOR SHARE by a vote, which many hold
 * at once and which finds no open round once a close it waited for has
 * committed.
 */
export async function lockOpenRound(tx: DatabaseTransaction, statementId: number, mode: "update" | "share" = "update") {
  const [row] = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "StatementVoteRound" WHERE "statementId" = ${statementId} AND "closedAt" IS NULL ORDER BY "openedAt" DESC, id DESC LIMIT 1 ${mode === "update" ? Prisma.sql`FOR UPDATE` : Prisma.sql`FOR SHARE`}`;
  if (!row) return null;
  return tx.statementVoteRound.findUniqueOrThrow({ where: { id: row.id }, select: roundSummarySelect });
}

/** What lists show of a statement. */
export const statementSummarySelect = {
  id: true,
  slug: true,
  title: true,
  target: true,
  targetPep: true,
  targetBody: true,
  areas: true,
  summary: true,
  stage: true,
  createdAt: true,
  updatedAt: true,
  reviewStartedAt: true,
  publishedAt: true,
  withdrawnAt: true,
  version: true,
  authors: { orderBy: { firstEditAt: "asc" }, select: { userId: true, user: { select: { name: true } } } },
} satisfies Prisma.StatementSelect;
type StatementSummaryRecord = Prisma.StatementGetPayload<{ select: typeof statementSummarySelect }>;

export function viewStatementSummary(record: StatementSummaryRecord) {
  const { authors, ...rest } = record;
  return { ...rest, authors: authors.map((author) => ({ userId: author.userId, name: author.user.name ?? "A former member" })) };
}
export type StatementSummaryView = ReturnType<typeof viewStatementSummary>;

/** A whole statement, as its page shows it. */
export const statementSelect = {
  ...statementSummarySelect,
  markdown: true,
  textChangedAt: true,
  mentionedPeps: true,
  mentionedPainPoints: true,
  publishedVersion: { select: { id: true, number: true } },
  supersededBy: { select: { slug: true, title: true } },
  supersedes: { select: { slug: true, title: true } },
  stageChanges: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, fromStage: true, toStage: true, reason: true, textVersionId: true, createdAt: true, changedBy: { select: { name: true } } },
  },
  followers: { select: { userId: true } },
  _count: { select: { textVersions: true } },
} satisfies Prisma.StatementSelect;
type StatementRecord = Prisma.StatementGetPayload<{ select: typeof statementSelect }>;

export function viewStatement(record: StatementRecord, viewer: Actor, latestRound: RoundSummaryRecord | null, now: Date) {
  const { followers, stageChanges, _count, publishedVersion, ...rest } = record;
  return {
    ...viewStatementSummary(rest),
    markdown: rest.markdown,
    textChangedAt: rest.textChangedAt,
    mentionedPeps: rest.mentionedPeps,
    mentionedPainPoints: rest.mentionedPainPoints,
    publishedVersionNumber: publishedVersion?.number ?? null,
    supersededBy: rest.supersededBy,
    supersedes: rest.supersedes,
    stageHistory: stageChanges.map(({ changedBy, ...change }) => ({ ...change, changedByName: changedBy?.name ?? "A former chair" })),
    currentRound: latestRound ? viewRoundSummary(latestRound, now) : null,
    textVersionCount: _count.textVersions,
    isFollowing: viewer.userId !== null && followers.some((follower) => follower.userId === viewer.userId),
    isAuthor: viewer.userId !== null && rest.authors.some((author) => author.userId === viewer.userId),
  };
}
export type StatementView = ReturnType<typeof viewStatement>;

/** The statement as the actor now sees it (read in the changing transaction, or after it). */
export async function statementViewFor(client: Client, actor: Actor, slug: string, now: Date): Promise<StatementView> {
  const record = await client.statement.findUnique({ where: { slug }, select: statementSelect });
  if (!record || !canReadStatement(actor, record)) throw statementNotFound();
  return viewStatement(record, actor, await readLatestRound(client, record.id), now);
}

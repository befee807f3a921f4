import type { z } from "zod";
import { fieldErrorsFrom } from "@/lib/action-result";
import { db, type Database, type DatabaseTransaction } from "@/lib/db";
import { AppError, conflictError, invalidFields } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipRequestStatus } from "@/lib/generated/prisma/enums";
import { createNotifications, type NewNotification } from "@/lib/notifications/create-notifications";
import { can, canReadMembershipRequest, type Actor } from "@/lib/permissions";

type Client = Database | DatabaseTransaction;

/** What a line of the chairs' queue and a whole request both show. */
export const membershipRequestSummarySelect = {
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
} satisfies Prisma.MembershipRequestSelect;
type MembershipRequestSummaryRecord = Prisma.MembershipRequestGetPayload<{ select: typeof membershipRequestSummarySelect }>;

export const membershipRequestSelect = {
  ...membershipRequestSummarySelect,
  roleAtAffiliation: true,
  statementOfInterest: true,
  orcid: true,
  githubHandle: true,
  conflictsOfInterest: true,
  isPublicListingConsented: true,
  declineReason: true,
  version: true,
  updatedAt: true,
  messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, authorId: true, body: true, createdAt: true, author: { select: { name: true } } } },
} satisfies Prisma.MembershipRequestSelect;
export type MembershipRequestRecord = Prisma.MembershipRequestGetPayload<{ select: typeof membershipRequestSelect }>;

export const membershipRequestNotFound = () => new AppError("NOT_FOUND", "That membership request does not exist.");

export function readMembershipRequest(client: Client, requestId: number): Promise<MembershipRequestRecord | null> {
  return client.membershipRequest.findUnique({ where: { id: requestId }, select: membershipRequestSelect });
}

/**
 * A request's row locked until the transaction ends, so two chairs deciding
 * it at once take turns and the second sees the first's decision. Someone
 * who may not read the request is told it does not exist, before anything
 * else is decided.
 */
export async function lockMembershipRequest(tx: DatabaseTransaction, actor: Actor, requestId: number) {
  const [row] = await tx.$queryRaw<{ id: number; userId: string; status: MembershipRequestStatus }[]>`
    SELECT id, "userId", status::text AS status FROM "MembershipRequest" WHERE id = ${requestId} FOR UPDATE`;
  if (!row || !canReadMembershipRequest(actor, row)) throw membershipRequestNotFound();
  return row;
}

/**
 * The part of a request every view of it shows. Which chair decided is for
 * the chairs (the person hears the group's decision, not a name to argue with).
 */
export function viewMembershipRequestSummary(record: MembershipRequestSummaryRecord, viewer: Actor) {
  return {
    id: record.id,
    requesterName: record.user.name ?? "A person",
    isOwn: viewer.userId === record.userId,
    status: record.status,
    affiliation: record.affiliation,
    affiliationKind: record.affiliationKind,
    country: record.country,
    areas: record.areas,
    createdAt: record.createdAt,
    decidedAt: record.decidedAt,
    deciderName: can(viewer, "membership.readRequests") ? (record.decidedBy?.name ?? null) : null,
  };
}

/**
 * A request as one viewer sees it. The person who sent it and the chairs see
 * all of it, the decline reason included.
 */
export function viewMembershipRequest(record: MembershipRequestRecord, viewer: Actor) {
  return {
    ...viewMembershipRequestSummary(record, viewer),
    roleAtAffiliation: record.roleAtAffiliation,
    statementOfInterest: record.statementOfInterest,
    orcid: record.orcid,
    githubHandle: record.githubHandle,
    conflictsOfInterest: record.conflictsOfInterest,
    isPublicListingConsented: record.isPublicListingConsented,
    declineReason: record.declineReason,
    version: record.version,
    updatedAt: record.updatedAt,
    messages: record.messages.map((message) => ({
      id: message.id,
      body: message.body,
      createdAt: message.createdAt,
      isFromRequester: message.authorId === record.userId,
      authorName: message.author?.name ?? "A former chair",
    })),
  };
}
export type MembershipRequestView = ReturnType<typeof viewMembershipRequest>;

/** The request as the viewer now sees it, read in the changing transaction. */
export async function membershipRequestViewFor(client: Client, requestId: number, viewer: Actor) {
  const record = await readMembershipRequest(client, requestId);
  if (!record) throw membershipRequestNotFound();
  return viewMembershipRequest(record, viewer);
}

const statusWords: Record<MembershipRequestStatus, string> = { PENDING: "is still open", APPROVED: "was approved", DECLINED: "was declined", WITHDRAWN: "was withdrawn" };

/** The second of two chairs deciding at once (or anyone acting on a request no longer open) is shown what happened to it. */
export function requestNoLongerOpen(current: MembershipRequestView) {
  const who = current.deciderName ? ` by ${current.deciderName}` : "";
  const message = current.status === "WITHDRAWN" ? "The person withdrew this request; nothing was changed." : `This request ${statusWords[current.status]}${who} in the meantime; nothing was changed. Their decision is shown.`;
  return conflictError(message, current);
}

/** The day a declined person may ask again: the decision plus the charter's cool-down. */
export function mayRequestAgainFrom(decidedAt: Date, cooldownDays: number): Date {
  return new Date(decidedAt.getTime() + cooldownDays * 86_400_000);
}

/** What a person's newest decline means for asking again now: null when they may. */
export async function cooldownEndFor(client: Client, userId: string, cooldownDays: number, now: Date): Promise<Date | null> {
  const declined = await client.membershipRequest.findFirst({ where: { userId, status: "DECLINED", decidedAt: { not: null } }, orderBy: { decidedAt: "desc" }, select: { decidedAt: true } });
  if (!declined?.decidedAt) return null;
  const end = mayRequestAgainFrom(declined.decidedAt, cooldownDays);
  return end > now ? end : null;
}

/** Notifies the person a request or membership is about, in the transaction that changed it; the caller emails them after the commit. */
export async function notifyRequester(tx: DatabaseTransaction, userId: string, message: { kind: string; title: string; body?: string; link?: string }): Promise<NewNotification[]> {
  const notifications = [{ userId, link: "/members/join", ...message }];
  await createNotifications(tx, notifications);
  return notifications;
}

/**
 * Makes the person of an approved request a member, with the request's
 * details as their directory entry: a new membership, or one they had left
 * renewed (joined again today, active from today).
 */
export async function admitMember(tx: DatabaseTransaction, requestId: number, now: Date) {
  const request = await tx.membershipRequest.findUniqueOrThrow({ where: { id: requestId } });
  const entry = {
    affiliation: request.affiliation,
    affiliationKind: request.affiliationKind,
    roleAtAffiliation: request.roleAtAffiliation,
    country: request.country,
    areas: request.areas,
    orcid: request.orcid,
    githubHandle: request.githubHandle,
    isPublicListingConsented: request.isPublicListingConsented,
    requestId,
    status: "ACTIVE" as const,
    joinedAt: now,
    lastActiveAt: now,
    reaffirmedAt: null,
    inactivityRemindedAt: null,
    suspendedAt: null,
    suspendedById: null,
    suspensionReason: null,
    leftAt: null,
  };
  await tx.membership.upsert({ where: { userId: request.userId }, create: { userId: request.userId, ...entry }, update: { ...entry, version: { increment: 1 } } });
}

/** Parses what was sent with a domain schema, refusing it at its fields (use cases are also called from outside Server Actions). */
export function parseOrRefuse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidFields(fieldErrorsFrom(parsed.error));
  return parsed.data;
}

/** Refuses, at the areas field, any area slug that does not exist. */
export async function refuseUnknownAreas(areas: string[]) {
  const knownAreas = new Set((await db.area.findMany({ select: { slug: true } })).map((area) => area.slug));
  const unknown = areas.filter((area) => !knownAreas.has(area));
  if (unknown.length) throw invalidFields({ areas: [`Unknown area: ${unknown.join(", ")}.`] });
}

/** One line of a day, for messages ("3 January 2027"). */
export const formatDay = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

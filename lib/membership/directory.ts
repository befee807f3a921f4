import { z } from "zod";
import { readListParams, type RawParams } from "@/lib/http/list-query";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipStatus } from "@/lib/generated/prisma/enums";
import { activeSinceCutoff } from "@/lib/membership/activity";
import { affiliationKinds, countryCodes } from "@/lib/membership/schemas";
import { can, type Actor } from "@/lib/permissions";

/**
 * The member directory's entries, filters and statuses, shared by the
 * directory page, a member's page and GET /api/v1/members.
 */

/** What a directory viewer may see a member as: `inactive` is computed from the clock and the charter, never stored. */
export const directoryStatuses = ["active", "inactive", "suspended", "left"] as const;
export type DirectoryStatus = (typeof directoryStatuses)[number];
export const directoryStatusLabels: Record<DirectoryStatus, string> = { active: "Active", inactive: "Inactive", suspended: "Suspended", left: "Former member" };

export const directorySorts = ["name", "joined"] as const;
export type DirectorySort = (typeof directorySorts)[number];
export const directorySortLabels: Record<DirectorySort, string> = { name: "Name", joined: "Newest members" };

export const DIRECTORY_PAGE_SIZE = 50;

const filterList = <T extends z.ZodType>(schema: T) => z.array(schema).default([]);
export const directoryQuerySchema = z.object({
  q: z.string().max(100).optional().meta({ description: "Words in the name or affiliation" }),
  area: filterList(z.string().regex(/^[a-z0-9-]{1,40}$/)).meta({ description: "Area slugs; a member caring about any of them matches" }),
  kind: filterList(z.enum(affiliationKinds)).meta({ description: "Affiliation kinds" }),
  country: filterList(z.string().regex(/^[a-z]{2}$/)).meta({ description: "ISO 3166-1 alpha-2 country codes (any case)" }),
  status: filterList(z.enum(directoryStatuses)).meta({ description: "Only for members, chairs and admins; without it, former members are left out" }),
  sort: z.enum(directorySorts).default("name"),
});
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;
export const directoryFilterKeys = ["area", "kind", "country", "status"] as const;
export type DirectoryFilterKey = (typeof directoryFilterKeys)[number];

/** Reads the directory's filters from the address; `status` only means something to those who may see statuses. */
export function parseDirectoryQuery(params: RawParams, knownAreas: string[], { withStatus }: { withStatus: boolean }): { query: DirectoryQuery; problems: string[] } {
  const { values, problems } = readListParams(params, {
    text: { q: 100 },
    single: { sort: directoryQuerySchema.shape.sort },
    multi: {
      area: { schema: z.string(), known: knownAreas, noun: "area" },
      kind: { schema: z.enum(affiliationKinds), noun: "affiliation kind" },
      country: { schema: z.string().refine((code) => countryCodes.has(code.toUpperCase())), noun: "country code" },
      ...(withStatus ? { status: { schema: z.enum(directoryStatuses), noun: "status" } } : {}),
    },
  });
  return { query: directoryQuerySchema.parse(values), problems };
}

/** The directory's URL for a query, leaving out defaults so shared links stay short. */
export function directoryHref(query: DirectoryQuery, { page }: { page?: number } = {}) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of directoryFilterKeys) for (const value of query[key]) params.append(key, value);
  if (query.sort !== "name") params.set("sort", query.sort);
  if (page && page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/members?${search}` : "/members";
}

/** The `where` of one status as the charter reads it at `now` (the same cutoff as the quorum count). */
export function directoryStatusWhere(status: DirectoryStatus, inactiveAfterMonths: number, now: Date): Prisma.MembershipWhereInput {
  const cutoff = activeSinceCutoff(inactiveAfterMonths, now);
  switch (status) {
    case "active":
      return { status: "ACTIVE", lastActiveAt: { gt: cutoff } };
    case "inactive":
      return { status: "ACTIVE", lastActiveAt: { lte: cutoff } };
    case "suspended":
      return { status: "SUSPENDED" };
    case "left":
      return { status: "LEFT" };
  }
}

/**
 * A member's status as a directory viewer reads it. Inactivity uses the
 * same cutoff as `countActiveVotingMembers`, so the "active" badges on a page
 * add up to the quorum figure beside them.
 */
export function directoryStatusOf(entry: { status: MembershipStatus; lastActiveAt: Date }, inactiveAfterMonths: number, now: Date): DirectoryStatus {
  if (entry.status === "SUSPENDED") return "suspended";
  if (entry.status === "LEFT") return "left";
  return entry.lastActiveAt > activeSinceCutoff(inactiveAfterMonths, now) ? "active" : "inactive";
}

/** The filters (not the viewer's visibility, which the caller adds) as a `where`. */
export function directoryFiltersWhere(query: DirectoryQuery, inactiveAfterMonths: number, now: Date): Prisma.MembershipWhereInput[] {
  const conditions: Prisma.MembershipWhereInput[] = [];
  if (query.q) conditions.push({ OR: [{ user: { name: { contains: query.q, mode: "insensitive" } } }, { affiliation: { contains: query.q, mode: "insensitive" } }] });
  if (query.area.length) conditions.push({ areas: { hasSome: query.area } });
  if (query.kind.length) conditions.push({ affiliationKind: { in: query.kind } });
  if (query.country.length) conditions.push({ country: { in: query.country.map((code) => code.toUpperCase()) } });
  // Former members are asked for; without a status filter the directory is the current group.
  conditions.push(query.status.length ? { OR: query.status.map((status) => directoryStatusWhere(status, inactiveAfterMonths, now)) } : { status: { not: "LEFT" } });
  return conditions;
}

export const memberEntrySelect = {
  userId: true,
  status: true,
  affiliation: true,
  affiliationKind: true,
  roleAtAffiliation: true,
  country: true,
  areas: true,
  orcid: true,
  githubHandle: true,
  isPublicListingConsented: true,
  joinedAt: true,
  lastActiveAt: true,
  suspendedAt: true,
  suspensionReason: true,
  leftAt: true,
  version: true,
  user: { select: { name: true, headline: true, role: true } },
} satisfies Prisma.MembershipSelect;
export type MemberEntryRecord = Prisma.MembershipGetPayload<{ select: typeof memberEntrySelect }>;

/**
 * One directory entry as a viewer sees it. The public fields are the same
 * for everyone who may read the entry; status, listing consent and the
 * suspension reason are for those who see the whole directory. An entry from
 * before the directory existed (the migration's empty one) has empty
 * affiliation and country, shown as "not given".
 */
export function viewMemberEntry(record: MemberEntryRecord, viewer: Actor, inactiveAfterMonths: number, now: Date) {
  const seesStatus = can(viewer, "directory.readAll");
  return {
    userId: record.userId,
    name: record.user.name ?? "A member",
    headline: record.user.headline,
    affiliation: record.affiliation || null,
    affiliationKind: record.affiliationKind,
    roleAtAffiliation: record.roleAtAffiliation || null,
    country: record.country || null,
    areas: record.areas,
    orcid: record.orcid,
    githubHandle: record.githubHandle,
    joinedAt: record.joinedAt,
    status: seesStatus ? directoryStatusOf(record, inactiveAfterMonths, now) : null,
    isPublicListingConsented: seesStatus ? record.isPublicListingConsented : null,
  };
}
export type MemberEntryView = ReturnType<typeof viewMemberEntry>;

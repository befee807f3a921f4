import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import { db } from "@/lib/db";
import { DIRECTORY_PAGE_SIZE, directoryFiltersWhere, memberEntrySelect, viewMemberEntry, type DirectoryQuery } from "@/lib/membership/directory";
import { assertCan, readableMemberEntriesWhere, type Actor } from "@/lib/permissions";

/**
 * A page of the member directory as the actor may see it: visitors, users
 * and suspended members the public entries only; members, chairs and admins
 * everyone with their status. A status filter sent by someone who may not
 * see statuses is dropped, so it cannot be used to probe who is suspended.
 */
export async function listMembers({ actor, query, offset = 0, limit = DIRECTORY_PAGE_SIZE, now = new Date() }: { actor: Actor; query: DirectoryQuery; offset?: number; limit?: number; now?: Date }) {
  assertCan(actor, "directory.read");
  const { inactiveAfterMonths } = await getCharterSettings();
  const readableQuery = readableMemberEntriesWhere(actor);
  const filters = directoryFiltersWhere(Object.keys(readableQuery).length ? { ...query, status: [] } : query, inactiveAfterMonths, now);
  const where = { AND: [readableQuery, ...filters] };
  const orderBy = query.sort === "joined" ? [{ joinedAt: "desc" as const }, { userId: "asc" as const }] : [{ user: { name: "asc" as const } }, { userId: "asc" as const }];
  const [records, total] = await Promise.all([db.membership.findMany({ where, orderBy, skip: offset, take: limit, select: memberEntrySelect }), db.membership.count({ where })]);
  return { items: records.map((record) => viewMemberEntry(record, actor, inactiveAfterMonths, now)), total };
}

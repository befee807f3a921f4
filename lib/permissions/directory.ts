import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipStatus } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions/can";

/**
 * Who is in the member directory for whom. Everyone sees the public entries:
 * members who consented to be listed and whose membership is active (not
 * suspended, not left). Members, chairs and admins see every entry with its
 * status. Queries take their `where` from here; a page holding one entry asks
 * `canReadMemberEntry`, so an entry the actor may not see is simply not found.
 */
export const publicMemberEntriesWhere = { isPublicListingConsented: true, status: "ACTIVE" } as const satisfies Prisma.MembershipWhereInput;

export function readableMemberEntriesWhere(actor: Actor): Prisma.MembershipWhereInput {
  return can(actor, "directory.readAll") ? {} : publicMemberEntriesWhere;
}

export function canReadMemberEntry(actor: Actor, entry: { status: MembershipStatus; isPublicListingConsented: boolean }): boolean {
  return can(actor, "directory.readAll") || (entry.isPublicListingConsented && entry.status === "ACTIVE");
}

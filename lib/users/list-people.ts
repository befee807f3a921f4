import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assignableRoles } from "@/lib/users/change-user-role";
import { assertCan, roleFromStored, storedFromRole, type Actor } from "@/lib/permissions";
import { withoutControlCharacters } from "@/lib/validation/text";

export const peopleQuerySchema = z.object({
  q: withoutControlCharacters.trim().max(100).optional(),
  role: z.enum(["user", "member", "chair", "admin"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

const PAGE_SIZE = 25;

/** Everyone with an account, for the admin's people page. */
export async function listPeople({ actor, query }: { actor: Actor; query: PeopleQuery }) {
  assertCan(actor, "users.list");
  const where: Prisma.UserWhereInput = {
    role: query.role ? storedFromRole[query.role] : undefined,
    OR: query.q ? [{ name: { contains: query.q, mode: "insensitive" } }, { email: { contains: query.q, mode: "insensitive" } }] : undefined,
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, name: true, email: true, headline: true, role: true, isDemo: true, createdAt: true, membership: { select: { status: true } } },
    }),
  ]);
  return {
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    people: rows.map(({ membership, ...row }) => ({ ...row, role: roleFromStored[row.role], assignableRoles: assignableRoles(roleFromStored[row.role], membership?.status ?? null) })),
  };
}

import { z } from "zod";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { withoutControlCharacters } from "@/lib/validation/text";

export const auditQuerySchema = z.object({
  action: withoutControlCharacters.max(100).optional(),
  subjectId: withoutControlCharacters.max(100).optional(),
  /** Id of the last entry already shown. */
  after: withoutControlCharacters.max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Newest first, paged with a cursor. */
export async function listAuditEvents({ actor, query }: { actor: Actor; query: AuditQuery }) {
  assertCan(actor, "audit.read");
  const rows = await db.auditLog.findMany({
    where: {
      action: query.action ? { startsWith: query.action } : undefined,
      subjectId: query.subjectId,
    },
    ...(query.after ? { cursor: { id: query.after }, skip: 1 } : {}),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      subjectType: true,
      subjectId: true,
      subjectLabel: true,
      before: true,
      after: true,
      reason: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  const hasMore = rows.length > query.limit;
  const events = rows.slice(0, query.limit);
  return { events, nextCursor: hasMore ? events.at(-1)!.id : null };
}

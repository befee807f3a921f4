import type { DatabaseTransaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEvent {
  /** Null when no person did it (a command-line tool, a scheduled job). */
  actorId: string | null;
  /** Dotted name of what happened, e.g. "user.role.change". */
  action: string;
  subjectType: string;
  subjectId: string;
  subjectLabel?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  reason?: string | null;
}

/** Records an audited change. Call it inside the transaction that makes the change. */
export async function recordAuditEvent(tx: DatabaseTransaction, event: AuditEvent) {
  await tx.auditLog.create({ data: event });
}

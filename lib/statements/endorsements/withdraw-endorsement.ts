import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDay } from "@/lib/membership/records";
import { assertCan, type Actor } from "@/lib/permissions";
import { listEndorsements, type EndorsementsView } from "@/lib/statements/endorsements/list-endorsements";
import { lockStatementForEndorsement } from "@/lib/statements/endorsements/records";

/**
 * A person withdraws their endorsement. It is not deleted: the list keeps
 * it, marked withdrawn with the date, so the record of who once endorsed
 * stays honest. They may endorse again later (see endorseStatement). A
 * person may always take their name off, whatever stage the statement is in.
 */
export async function withdrawEndorsement({ actor, slug, now = new Date() }: { actor: Actor; slug: string; now?: Date }): Promise<EndorsementsView> {
  assertCan(actor, "statements.endorse");
  const userId = actor.userId!;
  await db.$transaction(async (tx) => {
    const statement = await lockStatementForEndorsement(tx, actor, slug);
    const [existing] = await tx.$queryRaw<{ id: number; withdrawnAt: Date | null }[]>`
      SELECT id, "withdrawnAt" FROM "StatementEndorsement" WHERE "statementId" = ${statement.id} AND "userId" = ${userId} FOR UPDATE`;
    if (!existing) throw new AppError("NOT_FOUND", "You have not endorsed this statement, so there is nothing to withdraw.");
    if (existing.withdrawnAt) throw new AppError("CONFLICT", `You already withdrew your endorsement on ${formatDay(existing.withdrawnAt)}.`);
    await tx.statementEndorsement.update({ where: { id: existing.id }, data: { withdrawnAt: now } });
    await recordAuditEvent(tx, {
      actorId: userId,
      action: "statement.endorsement.withdraw",
      subjectType: "statement",
      subjectId: String(statement.id),
      subjectLabel: statement.title,
      before: { withdrawnAt: null },
      after: { withdrawnAt: now.toISOString() },
    });
  });
  return listEndorsements({ actor, slug });
}

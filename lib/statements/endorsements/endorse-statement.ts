import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDay, parseOrRefuse } from "@/lib/membership/records";
import { assertCan, canEndorseStatement, type Actor } from "@/lib/permissions";
import { isActiveMember, lockStatementForEndorsement } from "@/lib/statements/endorsements/records";
import { endorsementInputSchema } from "@/lib/statements/endorsements/schemas";
import { listEndorsements, type EndorsementsView } from "@/lib/statements/endorsements/list-endorsements";
import { stageWords } from "@/lib/statements/records";

/**
 * A signed-in person endorses a published statement under the name and
 * affiliation they give, bound to the text version that was published.
 * `wasMember` keeps whether they were an active member at that moment.
 *
 * Endorsing again while the endorsement stands is refused. After withdrawing,
 * a person may endorse again: the same row is made active again, with the new
 * date, details and the current published version (one row per person and
 * statement, as the database's unique key holds), so the list never shows a
 * person twice.
 */
export async function endorseStatement({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<EndorsementsView> {
  assertCan(actor, "statements.endorse");
  const endorsement = parseOrRefuse(endorsementInputSchema, input);
  const userId = actor.userId!;
  await db.$transaction(async (tx) => {
    const statement = await lockStatementForEndorsement(tx, actor, endorsement.slug);
    if (!canEndorseStatement(actor, statement) || statement.publishedVersionId === null) {
      throw new AppError("CONFLICT", `This statement is ${stageWords[statement.stage]}, not published: only a published statement can be endorsed.`);
    }
    // Two posts from one person (two tabs, a double submit) take turns, the second finding the first's row: a row lock
    // cannot do it for a first endorsement, which has no row yet, so a lock on the pair does.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${statement.id}::int, hashtext(${userId}))`;
    const [existing] = await tx.$queryRaw<{ id: number; createdAt: Date; withdrawnAt: Date | null }[]>`
      SELECT id, "createdAt", "withdrawnAt" FROM "StatementEndorsement" WHERE "statementId" = ${statement.id} AND "userId" = ${userId} FOR UPDATE`;
    if (existing && !existing.withdrawnAt) throw new AppError("CONFLICT", `You already endorse this statement (since ${formatDay(existing.createdAt)}); it counts once.`);

    const details = {
      textVersionId: statement.publishedVersionId,
      name: endorsement.name,
      affiliation: endorsement.affiliation,
      affiliationKind: endorsement.affiliationKind,
      isPersonalCapacity: endorsement.isPersonalCapacity,
      wasMember: await isActiveMember(tx, userId),
      createdAt: now,
      withdrawnAt: null,
    };
    await tx.statementEndorsement.upsert({ where: { statementId_userId: { statementId: statement.id, userId } }, create: { statementId: statement.id, userId, ...details }, update: details });
    await recordAuditEvent(tx, {
      actorId: userId,
      action: existing ? "statement.endorsement.renew" : "statement.endorsement.add",
      subjectType: "statement",
      subjectId: String(statement.id),
      subjectLabel: statement.title,
      before: existing ? { withdrawnAt: existing.withdrawnAt?.toISOString() ?? null } : undefined,
      after: { ...details, createdAt: now.toISOString() },
    });
  });
  return listEndorsements({ actor, slug: endorsement.slug });
}

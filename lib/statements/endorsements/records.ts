import type { Database, DatabaseTransaction } from "@/lib/db";
import type { StatementStage } from "@/lib/generated/prisma/enums";
import { canReadStatement, type Actor } from "@/lib/permissions";
import { statementNotFound } from "@/lib/statements/evidence/records";

type Client = Database | DatabaseTransaction;

/**
 * A statement's row for an endorsement, share-locked until the transaction
 * ends: many people endorse at once, but a chair's withdrawal of the
 * statement waits for them (and they for it), so no endorsement lands on a
 * statement that has just stopped being published.
 */
export async function lockStatementForEndorsement(tx: DatabaseTransaction, actor: Actor, slug: string) {
  const [row] = await tx.$queryRaw<{ id: number; slug: string; title: string; stage: StatementStage; publishedVersionId: number | null }[]>`
    SELECT id, slug, title, stage::text AS stage, "publishedVersionId" FROM "Statement" WHERE slug = ${slug} FOR SHARE`;
  if (!row || !canReadStatement(actor, row)) throw statementNotFound();
  return row;
}

/** Whether the person is a member now: what `wasMember` keeps of the moment they endorsed. */
export async function isActiveMember(client: Client, userId: string): Promise<boolean> {
  const membership = await client.membership.findUnique({ where: { userId }, select: { status: true } });
  return membership?.status === "ACTIVE";
}

import { db } from "@/lib/db";
import { parseOrRefuse } from "@/lib/membership/records";
import { assertCan, type Actor } from "@/lib/permissions";
import { findReadableStatement } from "@/lib/statements/records";
import { statementRefSchema } from "@/lib/statements/schemas";

/** A member follows a statement to hear about its steps. Following twice is following. */
export async function followStatement({ actor, input }: { actor: Actor; input: unknown }) {
  assertCan(actor, "statements.readDrafts");
  const { slug } = parseOrRefuse(statementRefSchema, input);
  const statement = await findReadableStatement(db, actor, slug);
  const userId = actor.userId!;
  await db.statementFollow.upsert({ where: { statementId_userId: { statementId: statement.id, userId } }, create: { statementId: statement.id, userId }, update: {} });
  return { isFollowing: true };
}

/** Stops hearing about a statement (authors too: they follow by default, not for ever). */
export async function unfollowStatement({ actor, input }: { actor: Actor; input: unknown }) {
  assertCan(actor, "statements.readDrafts");
  const { slug } = parseOrRefuse(statementRefSchema, input);
  const statement = await findReadableStatement(db, actor, slug);
  await db.statementFollow.deleteMany({ where: { statementId: statement.id, userId: actor.userId! } });
  return { isFollowing: false };
}

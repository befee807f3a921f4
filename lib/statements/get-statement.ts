import { db } from "@/lib/db";
import { parseOrRefuse } from "@/lib/membership/records";
import type { Actor } from "@/lib/permissions";
import { statementViewFor, type StatementView } from "@/lib/statements/records";
import { statementRefSchema } from "@/lib/statements/schemas";

/** One statement with its authors, stage history, current round and number of kept text versions; NOT_FOUND for what the actor may not see. */
export async function getStatement({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<StatementView> {
  const { slug } = parseOrRefuse(statementRefSchema, input);
  return statementViewFor(db, actor, slug, now);
}

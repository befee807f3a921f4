import { db } from "@/lib/db";
import { parseOrRefuse } from "@/lib/membership/records";
import { readableStatementsWhere, type Actor } from "@/lib/permissions";
import { statementSummarySelect, viewStatementSummary, type StatementSummaryView } from "@/lib/statements/records";
import { listStatementsSchema } from "@/lib/statements/schemas";

/** Statements the actor may see (members: all; everyone else: published ones), optionally of one stage, latest change first. */
export async function listStatements({ actor, input = {} }: { actor: Actor; input?: unknown }): Promise<StatementSummaryView[]> {
  const { stage } = parseOrRefuse(listStatementsSchema, input);
  const records = await db.statement.findMany({
    where: { AND: [readableStatementsWhere(actor), stage ? { stage } : {}] },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: statementSummarySelect,
  });
  return records.map(viewStatementSummary);
}

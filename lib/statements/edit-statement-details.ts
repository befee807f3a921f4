import { db } from "@/lib/db";
import { conflictError } from "@/lib/errors";
import { recordMemberActivity } from "@/lib/membership/activity";
import { parseOrRefuse } from "@/lib/membership/records";
import type { Actor } from "@/lib/permissions";
import { refuseUnknownReferences, refuseUnlessDrafting } from "@/lib/statements/drafting";
import { auditStatement, lockStatement, stageLabels, statementChangedMeanwhile, statementViewFor, updateStatement } from "@/lib/statements/records";
import { editStatementDetailsSchema } from "@/lib/statements/schemas";

const detailFields = ["title", "target", "targetPep", "targetBody", "areas", "summary"] as const;

/**
 * A member edits a statement's details (title, target, areas, summary)
 * while it is a draft or in review; the vote is on a fixed statement, and
 * what was published or withdrawn stays as it was. `version` is the
 * statement as the form saw it: if someone changed it since, nothing is
 * written and the form is shown theirs (CONFLICT with the current view).
 * The address stays: links to it keep working.
 */
export async function editStatementDetails({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  const { slug, version, ...details } = parseOrRefuse(editStatementDetailsSchema, input);
  await db.$transaction(async (tx) => {
    await refuseUnlessDrafting(tx, actor, now, "edit statements");
    const statement = await lockStatement(tx, actor, slug);
    if (statement.stage !== "DRAFT" && statement.stage !== "REVIEW") throw statementChangedMeanwhile(statement, `The statement is ${stageLabels[statement.stage]}; its details can be edited only in draft or review.`);
    if (statement.version !== version) {
      const current = await statementViewFor(tx, actor, slug, now);
      throw conflictError("Someone changed this statement since you opened the form; nothing was changed. Their version is shown beside yours.", current);
    }
    await refuseUnknownReferences(tx, details);
    const before = await tx.statement.findUniqueOrThrow({ where: { id: statement.id }, select: Object.fromEntries(detailFields.map((field) => [field, true])) as Record<(typeof detailFields)[number], true> });
    await updateStatement(tx, statement.id, details);
    await auditStatement(tx, actor, statement, { action: "statement.details.edit", before, after: details });
    await recordMemberActivity(tx, actor.userId, now);
  });
  return statementViewFor(db, actor, slug, now);
}

import type { StatementStage } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions/can";

/**
 * Who may do what in a statement's live text. Members (ACTIVE ones; a
 * suspended member acts as a user) read it at every stage and type into it
 * while it is drafted or reviewed; from the vote on the text is frozen, so
 * what members vote on, and what is published, is exactly what was kept.
 * Everyone else is told it does not exist: drafts are members-only, and a
 * published statement is read on its page, not through the editor.
 */
export const editableStatementStages = ["DRAFT", "REVIEW"] as const satisfies readonly StatementStage[];

export type StatementTextAccess = "none" | "read" | "write";

export function isStatementTextEditableAt(stage: StatementStage): boolean {
  return (editableStatementStages as readonly StatementStage[]).includes(stage);
}

export function statementTextAccess(actor: Actor, statement: { stage: StatementStage }): StatementTextAccess {
  if (!can(actor, "statements.readDrafts")) return "none";
  return can(actor, "statements.edit") && isStatementTextEditableAt(statement.stage) ? "write" : "read";
}

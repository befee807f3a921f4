import type { Prisma } from "@/lib/generated/prisma/client";
import type { StatementStage } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions/can";

/**
 * Who sees which statements, who adds the evidence they rest on, and who
 * endorses them. A statement not yet published (or withdrawn) is the
 * members' working material: to everyone else it does not exist, in lists,
 * backlinks and evidence panels alike.
 */

const stages: StatementStage[] = ["DRAFT", "REVIEW", "VOTE", "PUBLISHED", "WITHDRAWN"];

export function canReadStatement(actor: Actor, statement: { stage: StatementStage }): boolean {
  return statement.stage === "PUBLISHED" ? can(actor, "statements.read") : can(actor, "statements.readDrafts");
}

/** The stages of the statements this actor may read. */
export function readableStatementStages(actor: Actor): StatementStage[] {
  return stages.filter((stage) => canReadStatement(actor, { stage }));
}

/** The statements this actor may read, as a Prisma `where`. */
export function readableStatementsWhere(actor: Actor): Prisma.StatementWhereInput {
  return { stage: { in: readableStatementStages(actor) } };
}

/** Evidence is gathered while the text is still being written and reviewed; once a vote opens, what it rests on is fixed. */
export const evidenceOpenStages: readonly StatementStage[] = ["DRAFT", "REVIEW"];

export function canChangeStatementEvidence(actor: Actor, statement: { stage: StatementStage }): boolean {
  return can(actor, "statements.edit") && canReadStatement(actor, statement) && evidenceOpenStages.includes(statement.stage);
}

/** Any signed-in person endorses a published statement, and only a published one. */
export function canEndorseStatement(actor: Actor, statement: { stage: StatementStage }): boolean {
  return can(actor, "statements.endorse") && statement.stage === "PUBLISHED";
}

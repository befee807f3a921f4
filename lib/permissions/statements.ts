import type { Prisma } from "@/lib/generated/prisma/client";
import type { StatementStage } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions/can";

/** A membership as the statement rules read it: its status and whether the charter's inactivity rule has lapsed it (read from the clock). */
export interface StatementParticipant {
  status: "ACTIVE" | "SUSPENDED" | "LEFT";
  isInactive: boolean;
}

const stages: StatementStage[] = ["DRAFT", "REVIEW", "VOTE", "PUBLISHED", "WITHDRAWN"];

/**
 * Drafts, reviews and votes are the working group's: members see every
 * statement, everyone else only what was published. What they may not see
 * does not exist for them, in lists, backlinks and evidence panels alike.
 */
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

/** Whether a membership takes part in the group's work now: active, and not lapsed by inactivity. */
export const isParticipating = (membership: StatementParticipant | null): boolean => membership !== null && membership.status === "ACTIVE" && !membership.isInactive;

/** Proposing and editing drafts: a member whose membership is active and not lapsed (an inactive member reaffirms first). */
export function canDraftStatement(actor: Actor, membership: StatementParticipant | null): boolean {
  return can(actor, "statements.propose") && isParticipating(membership);
}

/** Voting: the same members who count for quorum (lib/membership/activity.ts, countActiveVotingMembers). */
export function canVoteOnStatement(actor: Actor, membership: StatementParticipant | null): boolean {
  return can(actor, "statements.vote") && isParticipating(membership);
}

/** Evidence is gathered while the text is still being written and reviewed; once a vote opens, what it rests on is fixed. */
export const evidenceOpenStages: readonly StatementStage[] = ["DRAFT", "REVIEW"];

export function canChangeStatementEvidence(actor: Actor, statement: { stage: StatementStage }): boolean {
  return can(actor, "statements.edit") && canReadStatement(actor, statement) && evidenceOpenStages.includes(statement.stage);
}

/**
 * Comments are the drafting conversation: members read them at every stage,
 * and write them from the draft through the vote (a voter may ask about a
 * passage they vote on). Once the statement is published or withdrawn its
 * record no longer changes, comments included.
 */
export const commentOpenStages: readonly StatementStage[] = ["DRAFT", "REVIEW", "VOTE"];

export function canReadStatementComments(actor: Actor, statement: { stage: StatementStage }): boolean {
  return can(actor, "statements.readDrafts") && canReadStatement(actor, statement);
}

export function canCommentOnStatement(actor: Actor, statement: { stage: StatementStage }): boolean {
  return can(actor, "statements.comment") && canReadStatementComments(actor, statement) && commentOpenStages.includes(statement.stage);
}

/** Any signed-in person endorses a published statement, and only a published one. */
export function canEndorseStatement(actor: Actor, statement: { stage: StatementStage }): boolean {
  return can(actor, "statements.endorse") && statement.stage === "PUBLISHED";
}

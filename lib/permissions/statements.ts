import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/permissions/can";

/** A membership as the statement rules read it: its status and whether the charter's inactivity rule has lapsed it (read from the clock). */
export interface StatementParticipant {
  status: "ACTIVE" | "SUSPENDED" | "LEFT";
  isInactive: boolean;
}

/**
 * Drafts, reviews and votes are the working group's: members see every
 * statement, everyone else only what was published. What they may not see
 * does not exist for them.
 */
export function canReadStatement(actor: Actor, statement: { stage: string }): boolean {
  return statement.stage === "PUBLISHED" || can(actor, "statements.readDrafts");
}

export function readableStatementsWhere(actor: Actor): Prisma.StatementWhereInput {
  return can(actor, "statements.readDrafts") ? {} : { stage: "PUBLISHED" };
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

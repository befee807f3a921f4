import type { z } from "zod";
import { refreshStatementConnections } from "@/lib/statements/collab/refresh-statement-connections";
import { db, type DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StatementStage } from "@/lib/generated/prisma/enums";
import { parseOrRefuse } from "@/lib/membership/records";
import type { NewNotification } from "@/lib/notifications/create-notifications";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { can, type Action, type Actor } from "@/lib/permissions";
import { auditStatement, chairsOnly, lockStatement, notifyFollowers, readLatestRound, stageLabels, statementChangedMeanwhile, statementViewFor, updateStatement, type LockedStatement } from "@/lib/statements/records";
import { stageStepSchema, supersedeStatementSchema } from "@/lib/statements/schemas";
import { keepTextVersion } from "@/lib/statements/text-versions";

/**
 * The lifecycle: DRAFT → REVIEW → VOTE → PUBLISHED, VOTE → REVIEW when a
 * vote is abandoned, and any stage but the last two → WITHDRAWN. Published
 * and withdrawn statements do not move again (a published one may be
 * superseded by a newer one, which keeps both on record).
 */
const allowedSteps: Record<StatementStage, StatementStage[]> = {
  DRAFT: ["REVIEW", "WITHDRAWN"],
  REVIEW: ["VOTE", "WITHDRAWN"],
  VOTE: ["REVIEW", "PUBLISHED", "WITHDRAWN"],
  PUBLISHED: [],
  WITHDRAWN: [],
};

/** Why a step is not possible from where the statement is, and what would be. */
function stepRefusal(from: StatementStage, to: StatementStage): string {
  if (from === to) return `The statement is already ${stageLabels[to]}.`;
  if (from === "PUBLISHED") return "The statement is published and stays as published; a newer statement can supersede it.";
  if (from === "WITHDRAWN") return "The statement was withdrawn; start a new statement to take it up again.";
  if (to === "DRAFT") return "A statement does not go back to draft; in review it can still be edited.";
  if (to === "VOTE") return "A draft goes to review first; the vote opens from review.";
  if (to === "PUBLISHED") return "Only a statement whose vote passed is published: open a vote first.";
  return `A statement ${stageLabels[from]} cannot go ${stageLabels[to]}.`;
}

export function refuseUnlessStep(statement: LockedStatement, to: StatementStage) {
  if (!allowedSteps[statement.stage].includes(to)) throw statementChangedMeanwhile(statement, stepRefusal(statement.stage, to));
}

/**
 * Takes a step on a locked statement: the new stage (with whatever else the
 * step sets), the stage change with its reason and the text version it was
 * taken on, the audit entry, and the followers' notifications, which the
 * caller emails after the commit.
 */
export async function takeStageStep(
  tx: DatabaseTransaction,
  actor: Actor,
  statement: LockedStatement,
  step: { toStage: StatementStage; reason: string; textVersionId: number; data?: Prisma.StatementUpdateInput; notice?: string; at: Date },
): Promise<NewNotification[]> {
  refuseUnlessStep(statement, step.toStage);
  await updateStatement(tx, statement.id, { ...step.data, stage: step.toStage });
  await tx.statementStageChange.create({ data: { statementId: statement.id, fromStage: statement.stage, toStage: step.toStage, reason: step.reason, textVersionId: step.textVersionId, changedById: actor.userId, createdAt: step.at } });
  await auditStatement(tx, actor, statement, { action: "statement.stage.change", before: { stage: statement.stage }, after: { stage: step.toStage, textVersionId: step.textVersionId }, reason: step.reason });
  const body = step.notice ? `${step.reason}\n\n${step.notice}` : step.reason;
  return notifyFollowers(tx, statement, { title: `"${statement.title}" is ${stageLabels[step.toStage]}`, body }, actor.userId);
}

/** A chair's step in one transaction: permission, input, lock, the step, then the view. */
export async function runChairStep<S extends z.ZodType<{ slug: string; reason: string }>>(
  { actor, input, now, permission, schema }: { actor: Actor; input: unknown; now: Date; permission: Action; schema: S },
  step: (tx: DatabaseTransaction, statement: LockedStatement, sent: z.infer<S>) => Promise<NewNotification[]>,
) {
  chairsOnly(actor, can(actor, permission));
  const sent = parseOrRefuse(schema, input);
  const slug = sent.slug;
  const { notifications, statementId } = await db.$transaction(async (tx) => {
    const statement = await lockStatement(tx, actor, slug);
    return { notifications: await step(tx, statement, sent), statementId: statement.id };
  });
  emailNotificationsInBackground(notifications);
  // Open editors reconnect with the rights of the new stage (read-only from the vote on, writable back in review).
  await refreshStatementConnections(statementId);
  return statementViewFor(db, actor, slug, now);
}

/** A chair puts a draft up for review: the review period the charter requires before a vote can close starts now. */
export async function startReview({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  return runChairStep({ actor, input, now, permission: "statements.manageVote", schema: stageStepSchema }, async (tx, statement, { reason }) => {
    if (statement.stage !== "DRAFT") throw statementChangedMeanwhile(statement, stepRefusal(statement.stage, "REVIEW"));
    const version = await keepTextVersion(tx, { statementId: statement.id, reason: "STAGE_CHANGE", actorId: actor.userId });
    return takeStageStep(tx, actor, statement, { at: now, toStage: "REVIEW", reason, textVersionId: version.id, data: { reviewStartedAt: now } });
  });
}

/** Closes a vote round that ends without a result (back to review, or withdrawn): its votes stay as they were cast, on its text. */
async function abandonOpenRound(tx: DatabaseTransaction, statementId: number, now: Date) {
  await tx.statementVoteRound.updateMany({ where: { statementId, closedAt: null }, data: { closedAt: now, outcome: null, version: { increment: 1 } } });
}

/** A chair takes a statement from its vote back to review: the open round is abandoned (no result), and a later round asks the members again. */
export async function returnToReview({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  return runChairStep({ actor, input, now, permission: "statements.manageVote", schema: stageStepSchema }, async (tx, statement, { reason }) => {
    if (statement.stage !== "VOTE") throw statementChangedMeanwhile(statement, `The statement is ${stageLabels[statement.stage]}, not in a vote; only a vote is returned to review.`);
    await abandonOpenRound(tx, statement.id, now);
    const version = await keepTextVersion(tx, { statementId: statement.id, reason: "STAGE_CHANGE", actorId: actor.userId });
    return takeStageStep(tx, actor, statement, { at: now, toStage: "REVIEW", reason, textVersionId: version.id, notice: "The vote was stopped without a result. Its votes stay on record; a new vote will ask again." });
  });
}

/**
 * A chair publishes a statement whose latest vote closed and passed, as the
 * text that vote was on (endorsements are bound to that version). An
 * objection reopened since the close (its author disputed the answer) holds
 * publication until a chair answers or the group overrules it.
 */
export async function publishStatement({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  return runChairStep({ actor, input, now, permission: "statements.publish", schema: stageStepSchema }, async (tx, statement, { reason }) => {
    refuseUnlessStep(statement, "PUBLISHED");
    const round = await readLatestRound(tx, statement.id);
    if (!round || round.closedAt === null) throw statementChangedMeanwhile(statement, "The vote is still open: close it first; a statement is published only once its vote passed.");
    if (round.outcome !== "PASSED") throw statementChangedMeanwhile(statement, "The vote did not pass (no quorum, too few in favour, or an open block), so the statement cannot be published. Return it to review to work on it.");
    const openObjections = await tx.statementObjection.count({ where: { roundId: round.id, state: "OPEN" } });
    if (openObjections)
      throw new AppError("CONFLICT", `${openObjections === 1 ? "An objection was" : `${openObjections} objections were`} reopened since the vote closed: answer or overrule ${openObjections === 1 ? "it" : "them"} before publishing.`);
    return takeStageStep(tx, actor, statement, { at: now, toStage: "PUBLISHED", reason, textVersionId: round.textVersionId, data: { publishedAt: now, publishedVersion: { connect: { id: round.textVersionId } } } });
  });
}

/** A chair withdraws a statement that was not published; an open vote ends without a result. */
export async function withdrawStatement({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  return runChairStep({ actor, input, now, permission: "statements.manageVote", schema: stageStepSchema }, async (tx, statement, { reason }) => {
    refuseUnlessStep(statement, "WITHDRAWN");
    await abandonOpenRound(tx, statement.id, now);
    const version = await keepTextVersion(tx, { statementId: statement.id, reason: "STAGE_CHANGE", actorId: actor.userId });
    return takeStageStep(tx, actor, statement, { at: now, toStage: "WITHDRAWN", reason, textVersionId: version.id, data: { withdrawnAt: now } });
  });
}

/**
 * A chair marks a published statement as superseded by a newer published
 * one. Both stay published; the older one's page points at the newer
 * (supersededBy) and the newer one's at what it replaces (supersedes).
 */
export async function supersedeStatement({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  chairsOnly(actor, can(actor, "statements.publish"));
  const { slug, supersededBySlug, reason } = parseOrRefuse(supersedeStatementSchema, input);
  if (slug === supersededBySlug) throw new AppError("INVALID_INPUT", "A statement cannot supersede itself; choose the newer statement that replaces it.", { fieldErrors: { supersededBySlug: ["Choose a different, newer statement."] } });
  const notifications = await db.$transaction(async (tx) => {
    const older = await lockStatement(tx, actor, slug);
    const newer = await lockStatement(tx, actor, supersededBySlug);
    if (older.stage !== "PUBLISHED" || newer.stage !== "PUBLISHED") throw new AppError("CONFLICT", "Only a published statement can be superseded, and only by another published statement.");
    const { supersededById } = await tx.statement.findUniqueOrThrow({ where: { id: older.id }, select: { supersededById: true } });
    const newerLinks = await tx.statement.findUniqueOrThrow({ where: { id: newer.id }, select: { supersededById: true } });
    if (newerLinks.supersededById === older.id) throw new AppError("CONFLICT", `"${newer.title}" is itself superseded by "${older.title}"; two statements cannot replace each other.`);
    if (supersededById === newer.id) throw new AppError("CONFLICT", `"${older.title}" is already superseded by "${newer.title}".`);
    await updateStatement(tx, older.id, { supersededBy: { connect: { id: newer.id } } });
    await auditStatement(tx, actor, older, { action: "statement.supersede", before: { supersededById }, after: { supersededById: newer.id }, reason });
    return notifyFollowers(tx, older, { title: `"${older.title}" is superseded by "${newer.title}"`, body: reason }, actor.userId);
  });
  emailNotificationsInBackground(notifications);
  return statementViewFor(db, actor, slug, now);
}

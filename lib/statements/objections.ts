import { db, type DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ObjectionState } from "@/lib/generated/prisma/enums";
import { parseOrRefuse } from "@/lib/membership/records";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { can, canReadStatement, refuseUnless, type Actor } from "@/lib/permissions";
import { auditStatement, findReadableStatement, lockStatementById, notifyFollowers, notifyPeople, statementNotFound, type LockedStatement } from "@/lib/statements/records";
import { objectionAnswerSchema, objectionDisputeSchema, objectionOverruleSchema, objectionRefSchema, statementRefSchema } from "@/lib/statements/schemas";

/**
 * An objection is a block, tracked to its resolution:
 *
 *   OPEN → WITHDRAWN   its author withdraws it (or votes otherwise)
 *   OPEN → ADDRESSED   a chair answers it in writing
 *   ADDRESSED → OPEN   its author disputes the answer, with a reply
 *   OPEN | ADDRESSED → OVERRULED   by the charter's rule the group decides to
 *                      go ahead; a chair records that decision and its reason
 *
 * While one is OPEN the vote cannot pass. The published record lists every
 * objection and what became of it.
 */
type ObjectionRow = { id: number; statementId: number; authorId: string | null; state: ObjectionState; reason: string };

async function lockObjection(tx: DatabaseTransaction, actor: Actor, objectionId: number): Promise<{ objection: ObjectionRow; statement: LockedStatement }> {
  const [head] = await tx.$queryRaw<{ statementId: number }[]>`SELECT "statementId" FROM "StatementObjection" WHERE id = ${objectionId}`;
  if (!head) throw objectionNotFound();
  // The statement first, then the objection: the order every statement use case takes its locks in.
  const statement = await lockStatementById(tx, head.statementId);
  if (!canReadStatement(actor, statement)) throw statementNotFound();
  const [objection] = await tx.$queryRaw<ObjectionRow[]>`
    SELECT id, "statementId", "authorId", state::text AS state, reason FROM "StatementObjection" WHERE id = ${objectionId} FOR UPDATE`;
  if (!objection) throw objectionNotFound();
  if (statement.stage === "PUBLISHED" || statement.stage === "WITHDRAWN") throw new AppError("CONFLICT", `The statement was ${statement.stage.toLowerCase()}: its objections are part of the record and no longer change.`);
  return { objection, statement };
}

const chairsAnswerObjections = "Only the chairs answer or overrule objections; the member who raised one may withdraw or dispute it.";

const objectionNotFound = () => new AppError("NOT_FOUND", "That objection does not exist.");

const stateWords: Record<ObjectionState, string> = { OPEN: "open", WITHDRAWN: "withdrawn", ADDRESSED: "answered by a chair", OVERRULED: "overruled" };

function refuseUnlessIn(objection: ObjectionRow, states: ObjectionState[], doing: string) {
  if (!states.includes(objection.state)) throw new AppError("CONFLICT", `This objection is ${stateWords[objection.state]}, so it cannot be ${doing}. Nothing was changed.`);
}

/** One change of an objection: lock, check, write, audit, tell the author (and, for the author's own steps, the statement's followers). */
async function changeObjection(
  actor: Actor,
  objectionId: number,
  change: {
    action: string;
    allowedFrom: ObjectionState[];
    doing: string;
    mayAct: (objection: ObjectionRow) => boolean;
    forbidden: string;
    to: ObjectionState;
    data: object;
    reason: string | null;
    notice: (title: string) => { title: string; body?: string };
  },
) {
  const notifications = await db.$transaction(async (tx) => {
    const { objection, statement } = await lockObjection(tx, actor, objectionId);
    refuseUnless(actor, change.mayAct(objection), change.forbidden);
    refuseUnlessIn(objection, change.allowedFrom, change.doing);
    await tx.statementObjection.update({ where: { id: objection.id }, data: { ...change.data, state: change.to, version: { increment: 1 } } });
    await auditStatement(tx, actor, statement, { action: change.action, before: { objectionId: objection.id, state: objection.state }, after: { objectionId: objection.id, state: change.to }, reason: change.reason });
    const notice = change.notice(statement.title);
    const isAuthorActing = objection.authorId === actor.userId;
    return isAuthorActing ? notifyFollowers(tx, statement, notice, actor.userId) : notifyPeople(tx, objection.authorId ? [objection.authorId] : [], statement, notice);
  });
  emailNotificationsInBackground(notifications);
  return { objectionId, state: change.to };
}

const isAuthorOf = (actor: Actor) => (objection: ObjectionRow) => actor.userId !== null && objection.authorId === actor.userId;

/** The author withdraws their objection: the vote may pass (their vote stays as cast until they change it). */
export async function withdrawObjection({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  const { objectionId } = parseOrRefuse(objectionRefSchema, input);
  return changeObjection(actor, objectionId, {
    action: "statement.objection.withdraw",
    allowedFrom: ["OPEN", "ADDRESSED"],
    doing: "withdrawn",
    mayAct: isAuthorOf(actor),
    forbidden: "Only the member who raised an objection withdraws it.",
    to: "WITHDRAWN",
    data: { resolvedAt: now },
    reason: null,
    notice: (title) => ({ title: `An objection to "${title}" was withdrawn` }),
  });
}

/** A chair answers an objection in writing; its author may accept that (it stays addressed) or dispute it. */
export async function answerObjection({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  refuseUnless(actor, can(actor, "statements.manageVote"), chairsAnswerObjections);
  const { objectionId, response } = parseOrRefuse(objectionAnswerSchema, input);
  return changeObjection(actor, objectionId, {
    action: "statement.objection.address",
    allowedFrom: ["OPEN"],
    doing: "answered",
    mayAct: () => true,
    forbidden: "",
    to: "ADDRESSED",
    data: { response, respondedById: actor.userId, respondedAt: now, resolvedAt: now },
    reason: response,
    notice: (title) => ({ title: `A chair answered your objection to "${title}"`, body: `${response}\n\nIf this does not settle it, dispute the answer on the statement's page.` }),
  });
}

/** The author disputes a chair's answer, with their reply: the objection is open again and holds the vote. */
export async function disputeObjection({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  const { objectionId, dispute } = parseOrRefuse(objectionDisputeSchema, input);
  return changeObjection(actor, objectionId, {
    action: "statement.objection.dispute",
    allowedFrom: ["ADDRESSED"],
    doing: "disputed (only an answered objection is)",
    mayAct: isAuthorOf(actor),
    forbidden: "Only the member who raised an objection disputes the answer to it.",
    to: "OPEN",
    data: { dispute, disputedAt: now, resolvedAt: null },
    reason: dispute,
    notice: (title) => ({ title: `An objection to "${title}" is open again`, body: dispute }),
  });
}

/**
 * A chair records that the group, by the charter's rule, goes ahead despite
 * the objection, and why. The chair records the group's decision; it is not
 * one chair's veto over a member's block.
 */
export async function overruleObjection({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  refuseUnless(actor, can(actor, "statements.manageVote"), chairsAnswerObjections);
  const { objectionId, reason } = parseOrRefuse(objectionOverruleSchema, input);
  return changeObjection(actor, objectionId, {
    action: "statement.objection.overrule",
    allowedFrom: ["OPEN", "ADDRESSED"],
    doing: "overruled",
    mayAct: () => true,
    forbidden: "",
    to: "OVERRULED",
    data: { response: reason, respondedById: actor.userId, respondedAt: now, resolvedAt: now },
    reason,
    notice: (title) => ({ title: `The group overruled your objection to "${title}"`, body: reason }),
  });
}

/** Every objection raised on a statement, in every round, with what became of it: the published record shows them all. */
export async function listObjections({ actor, input }: { actor: Actor; input: unknown }) {
  const { slug } = parseOrRefuse(statementRefSchema, input);
  const statement = await findReadableStatement(db, actor, slug);
  const objections = await db.statementObjection.findMany({
    where: { statementId: statement.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      roundId: true,
      authorId: true,
      reason: true,
      state: true,
      response: true,
      respondedAt: true,
      dispute: true,
      disputedAt: true,
      resolvedAt: true,
      createdAt: true,
      author: { select: { name: true } },
      respondedBy: { select: { name: true } },
    },
  });
  const anonymousRounds = new Set((await db.statementVoteRound.findMany({ where: { statementId: statement.id, isAnonymous: true }, select: { id: true } })).map((round) => round.id));
  return objections.map(({ author, respondedBy, authorId, ...objection }) => ({
    ...objection,
    // In an anonymous round the objection's words are shown, never whose they are.
    authorName: anonymousRounds.has(objection.roundId) ? "A member" : (author?.name ?? "A former member"),
    isOwn: actor.userId !== null && authorId === actor.userId,
    respondedByName: respondedBy?.name ?? null,
  }));
}

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DatabaseTransaction } from "@/lib/db";
import { AppError, invalidFields } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LiveQuestion } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { assertCan, type Actor } from "@/lib/permissions";
import { lockQuestion, missingQuestion, questionViewFor } from "@/lib/questions/records";
import { hideReasonSchema, type Moderation } from "@/lib/questions/schemas";

type Stored = { state: "PENDING" | "VISIBLE" | "HIDDEN"; isPinned: boolean; answeredAt: Date | null; body: string };

/**
 * The change a moderation makes, or null when the question already is that
 * way (two chairs clicking the same button): nothing changes then, and
 * nobody is told. Throws when the moderation makes no sense in the
 * question's state.
 */
function changeFor(moderation: Moderation, question: Stored, actor: Actor, now: Date): Prisma.QuestionUpdateInput | null {
  switch (moderation.type) {
    case "approve":
      if (question.state === "HIDDEN") throw new AppError("CONFLICT", "A chair hid this question; show it again instead.");
      return question.state === "PENDING" ? { state: "VISIBLE" } : null;
    case "hide":
      // A hidden question is no longer under discussion, so it loses its pin.
      return question.state === "HIDDEN" ? null : { state: "HIDDEN", hiddenReason: moderation.reason, hiddenBy: { connect: { id: actor.userId! } }, isPinned: false };
    case "unhide":
      if (question.state === "PENDING") throw new AppError("CONFLICT", "This question is waiting for approval; approve it instead.");
      return question.state === "HIDDEN" ? { state: "VISIBLE", hiddenReason: null, hiddenBy: { disconnect: true } } : null;
    case "pin":
      if (moderation.isPinned && question.state !== "VISIBLE") throw new AppError("CONFLICT", "Only questions everyone can see can be pinned.");
      return question.isPinned === moderation.isPinned ? null : { isPinned: moderation.isPinned };
    case "answer":
      if (moderation.isAnswered && question.state !== "VISIBLE") throw new AppError("CONFLICT", "Only questions everyone can see can be marked answered.");
      if ((question.answeredAt !== null) === moderation.isAnswered) return null;
      // Once answered, the room moves on: the question leaves the pinned spot.
      return moderation.isAnswered ? { answeredAt: now, isPinned: false } : { answeredAt: null };
  }
}

/** One pinned question per session: pinning one takes the pin from the others. */
async function unpinOthers(tx: DatabaseTransaction, { sessionId, questionId, actorId }: { sessionId: number; questionId: number; actorId: string | null }) {
  const unpinned = await tx.question.updateManyAndReturn({
    where: { sessionId, isPinned: true, id: { not: questionId } },
    data: { isPinned: false, version: { increment: 1 } },
    select: { id: true },
  });
  for (const { id } of unpinned) await notifySessionLive(tx, { sessionId, change: { kind: "question", id }, actorId });
}

/**
 * What chairs do with a question: approve it (sessions that approve questions
 * first), hide it with a reason the asker sees (and show it again), pin the
 * one under discussion, and mark it answered. Hiding and showing again go to
 * the audit log. Returns the question as the chair now sees it.
 */
export async function moderateQuestion({ actor, questionId, moderation }: { actor: Actor; questionId: number; moderation: Moderation }): Promise<LiveQuestion> {
  assertCan(actor, "questions.moderate");
  if (moderation.type === "hide") {
    const reason = hideReasonSchema.safeParse(moderation.reason);
    if (!reason.success) {
      const messages = reason.error.issues.map((issue) => issue.message);
      throw invalidFields({ reason: messages }, messages[0]!);
    }
    moderation = { ...moderation, reason: reason.data };
  }

  return db.$transaction(async (tx) => {
    const found = await tx.question.findUnique({ where: { id: questionId }, select: { sessionId: true } });
    if (!found) throw missingQuestion();
    // Chairs' changes to one session's questions queue up (pinning touches several rows; this keeps their locks in one order).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('questions.moderate')::int, ${found.sessionId}::int)`;
    const { question, viewer } = await lockQuestion(tx, questionId, actor);
    const { sessionId } = question;

    const change = changeFor(moderation, question, actor, new Date());
    if (change) {
      if (moderation.type === "pin" && moderation.isPinned) await unpinOthers(tx, { sessionId, questionId, actorId: actor.userId });
      await tx.question.update({ where: { id: questionId }, data: { ...change, version: { increment: 1 } }, select: { id: true } });
      if (moderation.type === "hide" || moderation.type === "unhide") {
        await recordAuditEvent(tx, {
          actorId: actor.userId,
          action: moderation.type === "hide" ? "question.hide" : "question.restore",
          subjectType: "question",
          subjectId: String(questionId),
          subjectLabel: `Question #${questionId}: ${question.body.length > 80 ? `${question.body.slice(0, 79)}…` : question.body}`,
          before: { state: question.state },
          after: { state: moderation.type === "hide" ? "HIDDEN" : "VISIBLE" },
          reason: moderation.type === "hide" ? moderation.reason : null,
        });
      }
      await notifySessionLive(tx, { sessionId, change: { kind: "question", id: questionId }, actorId: actor.userId });
    }
    return questionViewFor(tx, questionId, viewer);
  });
}

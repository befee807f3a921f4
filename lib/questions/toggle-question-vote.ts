import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { LiveQuestion } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { assertCan, refuseUnless, type Actor } from "@/lib/permissions";
import { lockQuestion, missingQuestion, questionViewFor } from "@/lib/questions/records";

/**
 * Upvotes a question, or takes the vote back. One vote per person and
 * question: the vote's primary key refuses a second row even when forged
 * requests arrive at once, and the count moves by the rows actually added or
 * removed, in the same transaction. Asking for the state one already has
 * changes nothing. Askers may upvote their own question (as on Slido): it
 * tells the room nothing it would not guess, and forbidding it only confuses.
 * Returns the question as the voter now sees it.
 */
export async function toggleQuestionVote({ actor, questionId, hasVote }: { actor: Actor; questionId: number; hasVote: boolean }): Promise<LiveQuestion> {
  assertCan(actor, "questions.vote");
  const userId = actor.userId!;

  const viewer = await db.$transaction(async (tx) => {
    const { question, viewer } = await lockQuestion(tx, questionId, actor);
    const isOwn = question.authorId === userId;
    if (question.state !== "VISIBLE" && !isOwn && !viewer.abilities.canModerateQuestions) throw missingQuestion();
    refuseUnless(actor, viewer.abilities.canVote, viewer.hasEnded ? "This session has ended, so its votes are final." : "You cannot vote in this session.");
    if (question.state === "PENDING") throw new AppError("CONFLICT", "This question is waiting for a chair's approval; votes open once everyone can see it.");
    if (question.state === "HIDDEN") throw new AppError("CONFLICT", "A chair hid this question, so it takes no votes.");

    const changed = hasVote
      ? await tx.$executeRaw`INSERT INTO "QuestionVote" ("questionId", "userId") VALUES (${questionId}, ${userId}) ON CONFLICT DO NOTHING`
      : await tx.$executeRaw`DELETE FROM "QuestionVote" WHERE "questionId" = ${questionId} AND "userId" = ${userId}`;
    if (changed > 0) {
      await tx.question.update({ where: { id: questionId }, data: { voteCount: { increment: hasVote ? changed : -changed }, version: { increment: 1 } }, select: { id: true } });
      await notifySessionLive(tx, { sessionId: question.sessionId, change: { kind: "question", id: questionId }, actorId: userId });
    }
    return viewer;
  });
  // Read after the commit, so the question's row lock (every voter on it queues there) is held only for the change.
  return questionViewFor(db, questionId, viewer);
}

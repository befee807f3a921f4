import { db } from "@/lib/db";
import { recordMemberActivity } from "@/lib/membership/activity";
import { AppError, invalidFields } from "@/lib/errors";
import type { LiveQuestion } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { assertCan, refuseUnless, type Actor } from "@/lib/permissions";
import { questionViewFor, viewerOfSession } from "@/lib/questions/records";
import { questionBodySchema, questionRateLimit } from "@/lib/questions/schemas";

/** "in 40 seconds", "in 3 minutes". */
function waitText(milliseconds: number) {
  const seconds = Math.max(1, Math.ceil(milliseconds / 1000));
  if (seconds < 60) return `in ${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/**
 * Asks a question in a session: shown to everyone at once, or kept for a
 * chair's approval when the session asks for that. Anonymous questions carry
 * no name for the audience; chairs still see who asked. Returns the question
 * as the asker sees it.
 */
export async function askQuestion({ actor, sessionId, body, isAnonymous }: { actor: Actor; sessionId: number; body: string; isAnonymous: boolean }): Promise<LiveQuestion> {
  assertCan(actor, "questions.ask");
  const parsed = questionBodySchema.safeParse(body);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => issue.message);
    throw invalidFields({ body: messages }, messages[0]!);
  }
  const userId = actor.userId!;

  return db.$transaction(async (tx) => {
    const viewer = await viewerOfSession(tx, actor, sessionId);
    refuseUnless(actor, viewer.abilities.canAsk, viewer.hasEnded ? "This session has ended, so it takes no more questions; the ones asked stay here as its record." : "You cannot ask questions in this session.");
    // One asker's questions in one session queue up here, so two tabs cannot both slip under the limit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId})::int, ${sessionId}::int)`;
    const now = Date.now();
    const recent = await tx.question.findMany({
      where: { sessionId, authorId: userId, createdAt: { gte: new Date(now - questionRateLimit.windowMs) } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    if (recent.length >= questionRateLimit.count) {
      // The next question is accepted once the oldest that counts leaves the window.
      const freesAt = recent[recent.length - questionRateLimit.count]!.createdAt.getTime() + questionRateLimit.windowMs;
      throw new AppError(
        "RATE_LIMITED",
        `You have asked ${questionRateLimit.count} questions in the last ${questionRateLimit.windowMs / 60_000} minutes, the most we take at once. You can ask again ${waitText(freesAt - now)}.`,
      );
    }
    const question = await tx.question.create({
      data: { sessionId, authorId: userId, body: parsed.data, isAnonymous, state: viewer.questionsNeedApproval ? "PENDING" : "VISIBLE" },
      select: { id: true },
    });
    await notifySessionLive(tx, { sessionId, change: { kind: "question", id: question.id }, actorId: userId });
    await recordMemberActivity(tx, userId);
    return questionViewFor(tx, question.id, viewer);
  });
}

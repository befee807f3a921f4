import type { Database, DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { LiveViewer } from "@/lib/live/live-source";
import type { LiveQuestion } from "@/lib/live/live-types";
import { liveSessionSelect, viewerOfLiveSession } from "@/lib/live/load-live-snapshot";
import type { Actor } from "@/lib/permissions";
import { loadQuestionRecord, viewQuestion } from "@/lib/questions/live-source";

type Client = Database | DatabaseTransaction;

export const missingQuestion = () => new AppError("NOT_FOUND", "That question does not exist (any more).");

/**
 * The actor as a viewer of the session's live tools, with the session's
 * approval setting. A session the actor may not read is simply not there.
 */
export async function viewerOfSession(client: Client, actor: Actor, sessionId: number, now = new Date()): Promise<LiveViewer & { hasEnded: boolean; questionsNeedApproval: boolean }> {
  const session = await client.bofSession.findUnique({ where: { id: sessionId }, select: { ...liveSessionSelect, questionsNeedApproval: true } });
  return { ...viewerOfLiveSession(actor, session, now), questionsNeedApproval: session?.questionsNeedApproval ?? false };
}

/** A question's session, locking the question's row until the transaction ends so changes to it queue up. */
export async function lockQuestion(tx: DatabaseTransaction, questionId: number) {
  const rows = await tx.$queryRaw<{ sessionId: number }[]>`SELECT "sessionId" FROM "Question" WHERE id = ${questionId} FOR NO KEY UPDATE`;
  const row = rows[0];
  if (!row) throw missingQuestion();
  return row;
}

/** The question as the caller now sees it, to show at once without waiting for the live channel. */
export async function questionViewFor(client: Client, viewer: LiveViewer, questionId: number): Promise<LiveQuestion> {
  const record = await loadQuestionRecord(client, questionId);
  if (!record) throw missingQuestion();
  const hasMyVote = viewer.actor.userId ? (await client.questionVote.count({ where: { questionId, userId: viewer.actor.userId } })) > 0 : false;
  const view = viewQuestion(record, viewer, hasMyVote);
  if (!view) throw missingQuestion();
  return view;
}

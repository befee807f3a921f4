import type { Database, DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LiveRecord, LiveViewer } from "@/lib/live/live-source";
import type { LiveQuestion, QuestionState } from "@/lib/live/live-types";
import { liveSessionSelect, viewerOfLiveSession } from "@/lib/live/load-live-snapshot";
import { canReadPainPoint, type Actor } from "@/lib/permissions";

type Client = Database | DatabaseTransaction;

/** A question as stored, with its author's name: what the live channel reads and views per viewer. */
export interface QuestionRecord extends LiveRecord {
  authorId: string;
  authorName: string | null;
  body: string;
  isAnonymous: boolean;
  state: QuestionState;
  hiddenReason: string | null;
  isPinned: boolean;
  answeredAt: Date | null;
  voteCount: number;
  createdAt: Date;
  /** The pain point filed from it, with what decides who may follow the link. */
  painPoint: { id: number; isHidden: boolean } | null;
}

const questionRecordSelect = {
  id: true,
  sessionId: true,
  version: true,
  authorId: true,
  body: true,
  isAnonymous: true,
  state: true,
  hiddenReason: true,
  isPinned: true,
  answeredAt: true,
  voteCount: true,
  createdAt: true,
  author: { select: { name: true } },
  painPoint: { select: { id: true, isHidden: true } },
} satisfies Prisma.QuestionSelect;

type Selected = Prisma.QuestionGetPayload<{ select: typeof questionRecordSelect }>;
const toRecord = ({ author, ...question }: Selected): QuestionRecord => ({ ...question, authorName: author.name });

/** Questions matching `where`, oldest first; use cases pass their transaction so they read what they just wrote. */
export async function readQuestions(client: Client, where: Prisma.QuestionWhereInput): Promise<QuestionRecord[]> {
  const questions = await client.question.findMany({ where, orderBy: { id: "asc" }, select: questionRecordSelect });
  return questions.map(toRecord);
}

/** The questions among these a person upvoted (questions they did not vote on are absent). */
export async function readQuestionVotesOf(client: Client, userId: string, questionIds: number[]): Promise<Map<number, true>> {
  if (questionIds.length === 0) return new Map();
  const votes = await client.questionVote.findMany({ where: { userId, questionId: { in: questionIds } }, select: { questionId: true } });
  return new Map(votes.map((vote) => [vote.questionId, true as const]));
}

/**
 * The one place that decides what a viewer sees of a question. Everyone who
 * can read the session sees visible questions; questions waiting for approval
 * or hidden by a chair reach moderators and their asker only (so the asker
 * knows it waits, or why it was hidden). Anonymous questions carry no name
 * except for those who may see askers. The pain point filed from it is
 * linked for whoever may read that report. `hasMyVote`: the viewer upvoted it.
 */
export function viewQuestion(record: QuestionRecord, viewer: LiveViewer, hasMyVote = false): LiveQuestion | null {
  const isMine = viewer.actor.userId !== null && viewer.actor.userId === record.authorId;
  if (record.state !== "VISIBLE" && !isMine && !viewer.abilities.canModerateQuestions) return null;
  const isNameShown = !record.isAnonymous || viewer.abilities.canSeeAskers;
  return {
    id: record.id,
    body: record.body,
    askerName: isNameShown ? (record.authorName ?? "Someone") : null,
    isAnonymous: record.isAnonymous,
    isMine,
    state: record.state,
    hiddenReason: record.state === "HIDDEN" ? record.hiddenReason : null,
    isPinned: record.isPinned,
    answeredAt: record.answeredAt?.toISOString() ?? null,
    voteCount: record.voteCount,
    hasMyVote,
    createdAt: record.createdAt.toISOString(),
    painPoint: record.painPoint && canReadPainPoint(viewer.actor, record.painPoint) ? { id: record.painPoint.id } : null,
    version: record.version,
  };
}

export const missingQuestion = () => new AppError("NOT_FOUND", "That question does not exist (any more).");

/** The session's fields the Q&A's use cases decide with: who may do what, and whether questions wait for approval. */
const questionSessionSelect = { ...liveSessionSelect, questionsNeedApproval: true } as const satisfies Prisma.BofSessionSelect;

/**
 * The actor as a viewer of the session's live tools, with the session's
 * approval setting. A session the actor may not read is simply not there.
 */
export async function viewerOfSession(client: Client, actor: Actor, sessionId: number, now = new Date()): Promise<LiveViewer & { hasEnded: boolean; questionsNeedApproval: boolean }> {
  const session = await client.bofSession.findUnique({ where: { id: sessionId }, select: questionSessionSelect });
  return { ...viewerOfLiveSession(actor, session, now), questionsNeedApproval: session?.questionsNeedApproval ?? false };
}

/**
 * A question's row for a change, locked until the transaction ends so changes
 * to it queue up, and the actor as a viewer of its session.
 */
export async function lockQuestion(tx: DatabaseTransaction, questionId: number, actor: Actor, now = new Date()) {
  const [question] = await tx.$queryRaw<{ id: number; sessionId: number; authorId: string; state: QuestionState; isPinned: boolean; answeredAt: Date | null; body: string; version: number }[]>`
    SELECT id, "sessionId", "authorId", state::text AS state, "isPinned", "answeredAt", body, version FROM "Question" WHERE id = ${questionId} FOR NO KEY UPDATE`;
  if (!question) throw missingQuestion();
  const viewer = await viewerOfSession(tx, actor, question.sessionId, now);
  return { question, viewer };
}

/** The question as the actor now sees it (read in the changing transaction, or after it to keep the row's lock short). */
export async function questionViewFor(client: Client, questionId: number, viewer: LiveViewer): Promise<LiveQuestion> {
  const [record] = await readQuestions(client, { id: questionId });
  if (!record) throw missingQuestion();
  const mine = viewer.actor.userId ? await readQuestionVotesOf(client, viewer.actor.userId, [questionId]) : new Map<number, true>();
  const view = viewQuestion(record, viewer, mine.has(questionId));
  if (!view) throw missingQuestion();
  return view;
}

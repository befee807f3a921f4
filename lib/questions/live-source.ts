import { db, type Database, type DatabaseTransaction } from "@/lib/db";
import type { LiveSource, LiveViewer } from "@/lib/live/live-source";
import type { LiveQuestion, QuestionState } from "@/lib/live/live-types";

/** A question as stored, with its author's name, before it is shaped for a viewer. */
export interface QuestionRecord {
  id: number;
  sessionId: number;
  version: number;
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
}

const recordSelect = {
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
} as const;

type Selected = { author: { name: string | null } } & Omit<QuestionRecord, "authorName">;
const toRecord = ({ author, ...question }: Selected): QuestionRecord => ({ ...question, authorName: author.name });

/** One question as stored; use cases pass their transaction so they read what they just wrote. */
export async function loadQuestionRecord(client: Database | DatabaseTransaction, id: number): Promise<QuestionRecord | null> {
  const question = await client.question.findUnique({ where: { id }, select: recordSelect });
  return question ? toRecord(question) : null;
}

/**
 * The one place that decides what a viewer sees of a question. Everyone who
 * can read the session sees visible questions; questions waiting for approval
 * or hidden by a chair reach moderators and their asker only (so the asker
 * knows it waits, or why it was hidden). Anonymous questions carry no name
 * except for those who may see askers.
 */
export function viewQuestion(question: QuestionRecord, viewer: LiveViewer, hasMyVote: boolean): LiveQuestion | null {
  const isMine = viewer.actor.userId !== null && viewer.actor.userId === question.authorId;
  if (question.state !== "VISIBLE" && !isMine && !viewer.abilities.canModerateQuestions) return null;
  const isNameShown = !question.isAnonymous || viewer.abilities.canSeeAskers;
  return {
    id: question.id,
    body: question.body,
    askerName: isNameShown ? (question.authorName ?? "Someone") : null,
    isAnonymous: question.isAnonymous,
    isMine,
    state: question.state,
    hiddenReason: question.state === "HIDDEN" ? question.hiddenReason : null,
    isPinned: question.isPinned,
    answeredAt: question.answeredAt?.toISOString() ?? null,
    voteCount: question.voteCount,
    hasMyVote,
    createdAt: question.createdAt.toISOString(),
    version: question.version,
  };
}

/** Questions for the live channel and the session page's first render. */
export const questionsLiveSource: LiveSource<QuestionRecord, LiveQuestion, true> = {
  async loadAll(sessionId) {
    const questions = await db.question.findMany({ where: { sessionId }, orderBy: { id: "asc" }, select: recordSelect });
    return questions.map(toRecord);
  },
  loadOne(id) {
    return loadQuestionRecord(db, id);
  },
  async loadMine(userId, ids) {
    if (ids.length === 0) return new Map();
    const votes = await db.questionVote.findMany({ where: { userId, questionId: { in: ids } }, select: { questionId: true } });
    return new Map(votes.map((vote) => [vote.questionId, true as const]));
  },
  view(record, viewer, mine) {
    return viewQuestion(record, viewer, mine === true);
  },
};

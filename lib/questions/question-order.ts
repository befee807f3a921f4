import type { LiveQuestion } from "@/lib/live/live-types";

export type QuestionOrder = "top" | "newest";

/** Most votes first, then the earlier question (it had longer to collect them). */
export function byVotes(a: LiveQuestion, b: LiveQuestion) {
  return b.voteCount - a.voteCount || a.createdAt.localeCompare(b.createdAt) || a.id - b.id;
}

function byNewest(a: LiveQuestion, b: LiveQuestion) {
  return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}

/**
 * The order the audience sees: while the session runs, the pinned question
 * first and answered questions below the open ones (the room has dealt with
 * them), each part by votes or newest first. In the record (`isRecord`) only
 * votes or age count.
 */
export function sortQuestions(questions: LiveQuestion[], order: QuestionOrder, { isRecord = false }: { isRecord?: boolean } = {}): LiveQuestion[] {
  const compare = order === "top" ? byVotes : byNewest;
  return questions.slice().sort((a, b) => {
    if (!isRecord && a.isPinned !== b.isPinned) return a.isPinned ? -1 : 1;
    if (!isRecord && (a.answeredAt === null) !== (b.answeredAt === null)) return a.answeredAt === null ? -1 : 1;
    return compare(a, b);
  });
}

/** The speaker's screen: the pinned question, and the most-voted open questions besides it. */
export function speakerQuestions(questions: LiveQuestion[], count = 5) {
  const visible = questions.filter((question) => question.state === "VISIBLE");
  const pinned = visible.find((question) => question.isPinned) ?? null;
  const top = visible.filter((question) => !question.isPinned && question.answeredAt === null).sort(byVotes).slice(0, count);
  return { pinned, top };
}

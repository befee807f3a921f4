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
 * The order the audience sees: the pinned question first, then by votes or
 * newest first. While the session runs, answered questions move below the
 * open ones (the room has dealt with them); in the record they keep their
 * place by votes.
 */
export function sortQuestions(questions: LiveQuestion[], order: QuestionOrder, { answeredLast = true }: { answeredLast?: boolean } = {}): LiveQuestion[] {
  const compare = order === "top" ? byVotes : byNewest;
  return questions.slice().sort((a, b) => {
    if (a.isPinned !== b.isPinned) return a.isPinned ? -1 : 1;
    if (answeredLast && (a.answeredAt === null) !== (b.answeredAt === null)) return a.answeredAt === null ? -1 : 1;
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

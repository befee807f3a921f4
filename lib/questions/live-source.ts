import { db } from "@/lib/db";
import type { LiveSource } from "@/lib/live/live-source";
import type { LiveQuestion } from "@/lib/live/live-types";
import { readQuestions, readQuestionVotesOf, viewQuestion, type QuestionRecord } from "@/lib/questions/records";

export type { QuestionRecord } from "@/lib/questions/records";

/** A session's questions for the live channel and the page's first render; what is "mine" is the viewer's upvote. */
export const questionsLiveSource: LiveSource<QuestionRecord, LiveQuestion, true> = {
  loadAll: (sessionId) => readQuestions(db, { sessionId }),
  loadOne: async (id) => (await readQuestions(db, { id }))[0] ?? null,
  loadMine: (userId, ids) => readQuestionVotesOf(db, userId, ids),
  view: (record, viewer, mine) => viewQuestion(record, viewer, mine === true),
};

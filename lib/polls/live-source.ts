import { db } from "@/lib/db";
import type { LiveSource } from "@/lib/live/live-source";
import type { LivePoll } from "@/lib/live/live-types";
import { readPolls, readVotesOf, viewPoll, type PollRecord } from "@/lib/polls/records";

export type { PollRecord } from "@/lib/polls/records";

/** A session's polls for the live channel; what is "mine" is the options the viewer chose. */
export const pollsLiveSource: LiveSource<PollRecord, LivePoll, number[]> = {
  loadAll: (sessionId) => readPolls(db, { sessionId }),
  loadOne: async (id) => (await readPolls(db, { id }))[0] ?? null,
  loadMine: (userId, ids) => readVotesOf(db, userId, ids),
  view: viewPoll,
};

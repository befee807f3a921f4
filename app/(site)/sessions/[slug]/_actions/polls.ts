"use server";

import { defineAction } from "@/lib/define-action";
import { createPoll } from "@/lib/polls/create-poll";
import { deletePoll } from "@/lib/polls/delete-poll";
import { editPoll } from "@/lib/polls/edit-poll";
import { createPollSchema, editPollSchema, pollRefSchema, setPollStateSchema, voteInPollSchema } from "@/lib/polls/schemas";
import { setPollState } from "@/lib/polls/set-poll-state";
import { voteInPoll } from "@/lib/polls/vote-in-poll";

/**
 * The polls' Server Actions. Each returns the poll as the caller now sees it
 * (or, for a deleted draft, what the live view needs to drop it), so the
 * panel shows the change at once; everyone else hears of it on the live channel.
 */

const firstProblem = (error: { issues: { message: string }[] }) => error.issues[0]?.message;

export const createPollAction = defineAction({
  permission: "polls.manage",
  input: createPollSchema,
  run: ({ actor, input: { sessionId, ...poll } }) => createPoll({ actor, sessionId, input: poll }),
});

export const editPollAction = defineAction({
  permission: "polls.manage",
  input: editPollSchema,
  run: ({ actor, input: { pollId, expectedVersion, ...poll } }) => editPoll({ actor, pollId, expectedVersion, input: poll }),
});

export const deletePollAction = defineAction({
  permission: "polls.manage",
  input: pollRefSchema,
  invalidMessage: "That poll does not exist.",
  run: ({ actor, input }) => deletePoll({ actor, pollId: input.pollId }),
});

export const setPollStateAction = defineAction({
  permission: "polls.manage",
  input: setPollStateSchema,
  invalidMessage: firstProblem,
  run: ({ actor, input }) => setPollState({ actor, ...input }),
});

export const voteInPollAction = defineAction({
  permission: "polls.vote",
  input: voteInPollSchema,
  invalidMessage: firstProblem,
  run: ({ actor, input }) => voteInPoll({ actor, ...input }),
});

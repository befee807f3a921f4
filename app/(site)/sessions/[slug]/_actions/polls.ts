"use server";

import { invalidInput, resultOf, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import type { LivePoll } from "@/lib/live/live-types";
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

export async function createPollAction(input: unknown): Promise<ActionResult<LivePoll>> {
  const parsed = createPollSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { sessionId, ...poll } = parsed.data;
  const actor = await getCurrentActor();
  return resultOf(() => createPoll({ actor, sessionId, input: poll }));
}

export async function editPollAction(input: unknown): Promise<ActionResult<LivePoll>> {
  const parsed = editPollSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { pollId, expectedVersion, ...poll } = parsed.data;
  const actor = await getCurrentActor();
  return resultOf(() => editPoll({ actor, pollId, expectedVersion, input: poll }));
}

export async function deletePollAction(input: unknown): Promise<ActionResult<{ id: number; version: number }>> {
  const parsed = pollRefSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, "That poll does not exist.");
  const actor = await getCurrentActor();
  return resultOf(() => deletePoll({ actor, pollId: parsed.data.pollId }));
}

export async function setPollStateAction(input: unknown): Promise<ActionResult<LivePoll>> {
  const parsed = setPollStateSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, parsed.error.issues[0]?.message);
  const actor = await getCurrentActor();
  return resultOf(() => setPollState({ actor, ...parsed.data }));
}

export async function voteInPollAction(input: unknown): Promise<ActionResult<LivePoll>> {
  const parsed = voteInPollSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, parsed.error.issues[0]?.message);
  const actor = await getCurrentActor();
  return resultOf(() => voteInPoll({ actor, ...parsed.data }));
}

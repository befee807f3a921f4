"use server";

import { addActionItem } from "@/lib/action-items/add-action-item";
import { deleteActionItem } from "@/lib/action-items/delete-action-item";
import { actionItemRefSchema, addActionItemSchema, setActionItemDoneSchema, updateActionItemSchema } from "@/lib/action-items/schemas";
import { setActionItemDone } from "@/lib/action-items/set-action-item-done";
import { updateActionItem } from "@/lib/action-items/update-action-item";
import { invalidInput, resultOf, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import type { LiveActionItem } from "@/lib/live/live-types";

/**
 * The action items' Server Actions. Each returns the item as it now is (or,
 * for a deleted one, what the live view needs to drop it), so the panel shows
 * the change at once; everyone else hears of it on the live channel.
 */

export async function addActionItemAction(input: unknown): Promise<ActionResult<LiveActionItem>> {
  const parsed = addActionItemSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { sessionId, ...item } = parsed.data;
  const actor = await getCurrentActor();
  return resultOf(() => addActionItem({ actor, sessionId, input: item }));
}

export async function updateActionItemAction(input: unknown): Promise<ActionResult<LiveActionItem>> {
  const parsed = updateActionItemSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { itemId, expectedVersion, ...item } = parsed.data;
  const actor = await getCurrentActor();
  return resultOf(() => updateActionItem({ actor, itemId, expectedVersion, input: item }));
}

export async function setActionItemDoneAction(input: unknown): Promise<ActionResult<LiveActionItem>> {
  const parsed = setActionItemDoneSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, parsed.error.issues[0]?.message);
  const actor = await getCurrentActor();
  return resultOf(() => setActionItemDone({ actor, ...parsed.data }));
}

export async function deleteActionItemAction(input: unknown): Promise<ActionResult<{ id: number; version: number }>> {
  const parsed = actionItemRefSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, "That action item does not exist.");
  const actor = await getCurrentActor();
  return resultOf(() => deleteActionItem({ actor, itemId: parsed.data.itemId }));
}

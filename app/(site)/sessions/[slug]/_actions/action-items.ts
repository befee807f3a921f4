"use server";

import { addActionItem } from "@/lib/action-items/add-action-item";
import { deleteActionItem } from "@/lib/action-items/delete-action-item";
import { actionItemRefSchema, addActionItemSchema, setActionItemDoneSchema, updateActionItemSchema } from "@/lib/action-items/schemas";
import { setActionItemDone } from "@/lib/action-items/set-action-item-done";
import { updateActionItem } from "@/lib/action-items/update-action-item";
import { defineAction } from "@/lib/define-action";

/**
 * The action items' Server Actions. Each returns the item as it now is (or,
 * for a deleted one, what the live view needs to drop it), so the panel shows
 * the change at once; everyone else hears of it on the live channel.
 *
 * Whoever may edit a session's notes keeps its action items, so the first
 * check is the lowest notes role; the session's own setting decides the rest.
 */

export const addActionItemAction = defineAction({
  permission: "notes.edit",
  input: addActionItemSchema,
  run: ({ actor, input: { sessionId, ...item } }) => addActionItem({ actor, sessionId, input: item }),
});

export const updateActionItemAction = defineAction({
  permission: "notes.edit",
  input: updateActionItemSchema,
  run: ({ actor, input: { itemId, expectedVersion, ...item } }) => updateActionItem({ actor, itemId, expectedVersion, input: item }),
});

export const setActionItemDoneAction = defineAction({
  permission: "notes.edit",
  input: setActionItemDoneSchema,
  invalidMessage: (error) => error.issues[0]?.message,
  run: ({ actor, input }) => setActionItemDone({ actor, ...input }),
});

export const deleteActionItemAction = defineAction({
  permission: "notes.edit",
  input: actionItemRefSchema,
  invalidMessage: "That action item does not exist.",
  run: ({ actor, input }) => deleteActionItem({ actor, itemId: input.itemId }),
});

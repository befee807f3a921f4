import { actionItemView, dueOnFromDay, lockActionItem, managersOnly } from "@/lib/action-items/records";
import type { ActionItemInput } from "@/lib/action-items/schemas";
import { db } from "@/lib/db";
import { conflictError } from "@/lib/errors";
import type { LiveActionItem } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { viewerOfLiveSession } from "@/lib/live/load-live-snapshot";
import { refuseUnless, type Actor } from "@/lib/permissions";

/**
 * Changes an item's text, owner and due date. Given the version the editor
 * started from, a change someone else made meanwhile is not overwritten unseen.
 */
export async function updateActionItem({
  actor,
  itemId,
  input,
  expectedVersion,
  now = new Date(),
}: {
  actor: Actor;
  itemId: number;
  input: ActionItemInput;
  expectedVersion?: number;
  now?: Date;
}): Promise<LiveActionItem> {
  return db.$transaction(async (tx) => {
    const { item, session } = await lockActionItem(tx, itemId);
    const viewer = viewerOfLiveSession(actor, session, now);
    refuseUnless(actor, viewer.abilities.canManageActionItems, managersOnly);
    if (expectedVersion !== undefined && expectedVersion !== item.version) {
      throw conflictError("Someone else changed this action item while you were editing it. Look at their change and edit again.", await actionItemView(tx, itemId));
    }
    await tx.actionItem.update({
      where: { id: itemId },
      data: { text: input.text, ownerName: input.ownerName, dueOn: dueOnFromDay(input.dueOn), version: { increment: 1 } },
    });
    await notifySessionLive(tx, { sessionId: item.sessionId, change: { kind: "actionItem", id: itemId }, actorId: actor.userId });
    return actionItemView(tx, itemId);
  });
}

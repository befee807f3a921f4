import { actionItemView, lockActionItem, managersOnly } from "@/lib/action-items/records";
import { db } from "@/lib/db";
import type { LiveActionItem } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { viewerOfLiveSession } from "@/lib/live/load-live-snapshot";
import { refuseUnless, type Actor } from "@/lib/permissions";

/** Ticks an item off (remembering when), or back on. Asking for what already holds changes nothing. */
export async function setActionItemDone({ actor, itemId, isDone, now = new Date() }: { actor: Actor; itemId: number; isDone: boolean; now?: Date }): Promise<LiveActionItem> {
  return db.$transaction(async (tx) => {
    const { item, session } = await lockActionItem(tx, itemId);
    const viewer = viewerOfLiveSession(actor, session, now);
    refuseUnless(actor, viewer.abilities.canManageActionItems, managersOnly);
    if ((item.doneAt !== null) !== isDone) {
      await tx.actionItem.update({ where: { id: itemId }, data: { doneAt: isDone ? now : null, version: { increment: 1 } } });
      await notifySessionLive(tx, { sessionId: item.sessionId, change: { kind: "actionItem", id: itemId }, actorId: actor.userId });
    }
    return actionItemView(tx, itemId);
  });
}

import { lockActionItem, managersOnly } from "@/lib/action-items/records";
import { db } from "@/lib/db";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { viewerOfLiveSession } from "@/lib/live/load-live-snapshot";
import { refuseUnless, type Actor } from "@/lib/permissions";

/** Removes an item. Returns the version the removal counts as (one past the item's last), for the live view's `removed` message. */
export async function deleteActionItem({ actor, itemId, now = new Date() }: { actor: Actor; itemId: number; now?: Date }): Promise<{ id: number; version: number }> {
  return db.$transaction(async (tx) => {
    const { item, session } = await lockActionItem(tx, itemId);
    const viewer = viewerOfLiveSession(actor, session, now);
    refuseUnless(actor, viewer.abilities.canManageActionItems, managersOnly);
    await tx.actionItem.delete({ where: { id: itemId } });
    await notifySessionLive(tx, { sessionId: item.sessionId, change: { kind: "actionItem", id: itemId }, actorId: actor.userId });
    return { id: itemId, version: item.version + 1 };
  });
}

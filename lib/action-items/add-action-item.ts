import { dueOnFromDay, managersOnly, actionItemView } from "@/lib/action-items/records";
import type { ActionItemInput } from "@/lib/action-items/schemas";
import { db } from "@/lib/db";
import type { LiveActionItem } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { liveSessionSelect, viewerOfLiveSession } from "@/lib/live/load-live-snapshot";
import { refuseUnless, type Actor } from "@/lib/permissions";

/**
 * Chairs, and whoever may edit the session's notes, record an action item —
 * during the session or afterwards, when the notes are written up.
 */
export async function addActionItem({ actor, sessionId, input, now = new Date() }: { actor: Actor; sessionId: number; input: ActionItemInput; now?: Date }): Promise<LiveActionItem> {
  const session = await db.bofSession.findUnique({ where: { id: sessionId }, select: liveSessionSelect });
  const viewer = viewerOfLiveSession(actor, session, now);
  refuseUnless(actor, viewer.abilities.canManageActionItems, managersOnly);
  return db.$transaction(async (tx) => {
    const item = await tx.actionItem.create({
      data: { sessionId, text: input.text, ownerName: input.ownerName, dueOn: dueOnFromDay(input.dueOn), createdById: actor.userId },
      select: { id: true },
    });
    await notifySessionLive(tx, { sessionId, change: { kind: "actionItem", id: item.id }, actorId: actor.userId });
    return actionItemView(tx, item.id);
  });
}

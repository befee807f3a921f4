import { readActionItems, viewActionItem, type ActionItemRecord } from "@/lib/action-items/records";
import { db } from "@/lib/db";
import type { LiveSource } from "@/lib/live/live-source";
import type { LiveActionItem } from "@/lib/live/live-types";

export type { ActionItemRecord } from "@/lib/action-items/records";

/** A session's action items for the live channel: everyone who may read the session sees them all; nothing is anyone's own. */
export const actionItemsLiveSource: LiveSource<ActionItemRecord, LiveActionItem> = {
  loadAll: (sessionId) => readActionItems(db, { sessionId }),
  loadOne: async (id) => (await readActionItems(db, { id }))[0] ?? null,
  loadMine: async () => new Map<number, never>(),
  view: (record) => viewActionItem(record),
};

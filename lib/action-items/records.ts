import type { Database, DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LiveRecord } from "@/lib/live/live-source";
import { liveSessionSelect } from "@/lib/live/load-live-snapshot";
import type { LiveActionItem } from "@/lib/live/live-types";

type Client = Database | DatabaseTransaction;

/** An action item as stored. */
export interface ActionItemRecord extends LiveRecord {
  text: string;
  ownerName: string | null;
  dueOn: Date | null;
  doneAt: Date | null;
  createdAt: Date;
}

const actionItemRecordSelect = {
  id: true,
  sessionId: true,
  version: true,
  text: true,
  ownerName: true,
  dueOn: true,
  doneAt: true,
  createdAt: true,
} satisfies Prisma.ActionItemSelect;

/** Action items matching `where`, oldest first. */
export function readActionItems(client: Client, where: Prisma.ActionItemWhereInput): Promise<ActionItemRecord[]> {
  return client.actionItem.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: actionItemRecordSelect });
}

/** A due day as stored (a DATE, read as midnight UTC) and back. */
export const dueOnFromDay = (day: string | null) => (day ? new Date(`${day}T00:00:00.000Z`) : null);
export const dayFromDueOn = (dueOn: Date | null) => dueOn?.toISOString().slice(0, 10) ?? null;

/** Everyone who may read the session sees its action items, the same for all. */
export function viewActionItem(record: ActionItemRecord): LiveActionItem {
  return {
    id: record.id,
    text: record.text,
    ownerName: record.ownerName,
    dueOn: dayFromDueOn(record.dueOn),
    doneAt: record.doneAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
    version: record.version,
  };
}

export const actionItemNotFound = () => new AppError("NOT_FOUND", "That action item does not exist (any more).");

export const managersOnly = "Only the session's chairs and those who may edit its notes manage its action items.";

/** An item's row and session for a change, the row locked until the transaction ends so concurrent changes take turns. */
export async function lockActionItem(tx: DatabaseTransaction, itemId: number) {
  const [row] = await tx.$queryRaw<{ id: number; sessionId: number; version: number; doneAt: Date | null }[]>`
    SELECT id, "sessionId", version, "doneAt" FROM "ActionItem" WHERE id = ${itemId} FOR UPDATE`;
  if (!row) throw actionItemNotFound();
  const session = await tx.bofSession.findUnique({ where: { id: row.sessionId }, select: liveSessionSelect });
  return { item: row, session };
}

export async function actionItemView(tx: DatabaseTransaction, itemId: number): Promise<LiveActionItem> {
  const [record] = await readActionItems(tx, { id: itemId });
  if (!record) throw actionItemNotFound();
  return viewActionItem(record);
}

import { db } from "@/lib/db";
import { assertCan, readablePainPointsWhere, type Actor } from "@/lib/permissions";
import { editableSelect, viewEditable } from "@/lib/pain-points/records";

/** What the edit form starts from: the report as its reporter (or a chair) wrote it, with the version the edit is based on. */
export async function getPainPointForEditing({ actor, id }: { actor: Actor; id: number }) {
  const record = await db.painPoint.findFirst({ where: { id, ...readablePainPointsWhere(actor, { includeHidden: true }) }, select: editableSelect });
  if (!record) return null;
  assertCan(actor, "painPoints.edit", { ownerId: record.reporterId });
  return viewEditable(record, actor);
}

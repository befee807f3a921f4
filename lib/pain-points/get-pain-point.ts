import { db } from "@/lib/db";
import { painPointAccess, readablePainPointsWhere, type Actor } from "@/lib/permissions";
import { readPainPoint, viewPainPoint } from "@/lib/pain-points/records";

/**
 * A report as its page shows it to this actor; what is readable, and whether
 * a duplicate sends people on to its original, is decided in lib/permissions.
 */
export async function getPainPoint({ actor, id }: { actor: Actor; id: number }) {
  const record = await readPainPoint(db, { id, ...readablePainPointsWhere(actor, { includeHidden: true }) });
  const access = painPointAccess(actor, record);
  if (access.kind === "missing" || !record) return { kind: "missing" as const };
  if (access.kind === "original") return { kind: "duplicate" as const, originalId: access.originalId };
  return { kind: "found" as const, painPoint: viewPainPoint(record, actor) };
}

export type { PainPointDetails } from "@/lib/pain-points/records";

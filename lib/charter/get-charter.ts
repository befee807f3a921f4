import { db } from "@/lib/db";
import { assertCan, storedFromRole, type Actor } from "@/lib/permissions";
import { readCurrentCharter, viewCharterVersion } from "@/lib/charter/records";

/** The charter in force, with the areas it covers by name and the group's chairs; null before any charter was written. */
export async function getCharter({ actor }: { actor: Actor }) {
  assertCan(actor, "charter.read");
  const record = await readCurrentCharter(db);
  if (!record) return null;
  const [areas, chairs, versionCount] = await Promise.all([
    db.area.findMany({ where: { slug: { in: record.scopeAreas } }, orderBy: { sortOrder: "asc" }, select: { slug: true, name: true, summary: true } }),
    db.user.findMany({ where: { role: storedFromRole.chair }, orderBy: { name: "asc" }, select: { id: true, name: true, headline: true } }),
    db.charterVersion.count(),
  ]);
  return { charter: viewCharterVersion(record), areas, chairs: chairs.map(({ name, headline }) => ({ name: name ?? "A chair", headline })), versionCount };
}

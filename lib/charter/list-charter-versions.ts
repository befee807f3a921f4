import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { charterVersionSelect, viewCharterVersion } from "@/lib/charter/records";

/** Every saved version of the charter, newest first: it is public, as the charter is. */
export async function listCharterVersions({ actor }: { actor: Actor }) {
  assertCan(actor, "charter.read");
  const records = await db.charterVersion.findMany({ orderBy: { version: "desc" }, select: charterVersionSelect });
  return records.map(viewCharterVersion);
}

import { db, type Database, type DatabaseTransaction } from "@/lib/db";
import { readCurrentCharter, settingsOf } from "@/lib/charter/records";
import { defaultCharterSettings, type CharterSettings } from "@/lib/charter/schemas";

/**
 * The settings the membership and statement rules apply: the charter's in
 * force, or the defaults before there is one. Inside a transaction, pass it:
 * a transaction that waits for a second connection of the pool while holding
 * one deadlocks the pool once as many transactions do so at once (ten
 * members voting within the same second did).
 */
export async function getCharterSettings(client: Database | DatabaseTransaction = db): Promise<CharterSettings> {
  const record = await readCurrentCharter(client);
  return record ? settingsOf(record) : defaultCharterSettings;
}

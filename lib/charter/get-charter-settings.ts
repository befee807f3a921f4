import { db } from "@/lib/db";
import { readCurrentCharter, settingsOf } from "@/lib/charter/records";
import { defaultCharterSettings, type CharterSettings } from "@/lib/charter/schemas";

/** The settings the membership and statement rules apply: the charter's in force, or the defaults before there is one. */
export async function getCharterSettings(): Promise<CharterSettings> {
  const record = await readCurrentCharter(db);
  return record ? settingsOf(record) : defaultCharterSettings;
}

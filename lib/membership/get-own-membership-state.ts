import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import { db } from "@/lib/db";
import { readOwnMembershipState } from "@/lib/membership/membership-state";

/** A signed-in person's own membership as /members/me shows it (null when they never were a member), with the charter's inactivity period. */
export async function getOwnMembershipState({ userId, now = new Date() }: { userId: string; now?: Date }) {
  const { inactiveAfterMonths } = await getCharterSettings();
  return { membership: await readOwnMembershipState(db, userId, inactiveAfterMonths, now), inactiveAfterMonths };
}

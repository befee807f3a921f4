import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { cooldownEndFor, membershipRequestSelect, viewMembershipRequest } from "@/lib/membership/records";

/**
 * What /members/join shows a signed-in person: their requests, newest first
 * (the open one, if any, is first), and the day a decline lets them ask
 * again, or null when they may ask now.
 */
export async function getOwnMembership({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "membership.readOwnRequest", { ownerId: actor.userId });
  const userId = actor.userId!;
  const [records, { declineCooldownDays }] = await Promise.all([db.membershipRequest.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: membershipRequestSelect }), getCharterSettings()]);
  const requests = records.map((record) => viewMembershipRequest(record, actor));
  return {
    requests,
    openRequest: requests.find((request) => request.status === "PENDING") ?? null,
    mayRequestAgainFrom: await cooldownEndFor(db, userId, declineCooldownDays, now),
  };
}

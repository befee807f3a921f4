import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { invitationSelect, viewInvitation } from "@/lib/membership/invitations";

/** The chairs' list of invitations, newest first, each with its state now. */
export async function listInvitations({ actor, now = new Date(), take = 100 }: { actor: Actor; now?: Date; take?: number }) {
  assertCan(actor, "membership.invite");
  const records = await db.membershipInvitation.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: invitationSelect });
  return records.map((record) => viewInvitation(record, now));
}

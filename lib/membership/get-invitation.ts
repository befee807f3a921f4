import { db } from "@/lib/db";
import { hashInvitationToken, invitationSelect, viewInvitation } from "@/lib/membership/invitations";
import { invitationTokenSchema } from "@/lib/membership/schemas";

/**
 * What the invitation link's page shows, for whoever holds the link (the
 * token is the permission). Only reads: mail scanners open links before
 * people do. Null for a link that is not known.
 */
export async function getInvitationByToken({ token, now = new Date() }: { token: string; now?: Date }) {
  if (!invitationTokenSchema.safeParse(token).success) return null;
  const record = await db.membershipInvitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, select: invitationSelect });
  return record ? viewInvitation(record, now) : null;
}

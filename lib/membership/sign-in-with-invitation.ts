import { createSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { refuseUnlessUsable, hashInvitationToken } from "@/lib/membership/invitations";
import { invitationTokenSchema } from "@/lib/membership/schemas";

/**
 * "Accept and sign in": the invitation link is an email sign-in, since only
 * the address's owner received it. Signs in the person with the invited
 * address — found, or created with the address verified now — and starts
 * their session. It does not use the invitation up (submitting the
 * pre-filled request does), so a person who stops half way can open the
 * link again.
 */
export async function signInWithInvitation({ token, now = new Date() }: { token: string; now?: Date }) {
  const invitation = invitationTokenSchema.safeParse(token).success
    ? await db.membershipInvitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, select: { id: true, email: true, acceptedAt: true, revokedAt: true, expiresAt: true } })
    : null;
  refuseUnlessUsable(invitation, now);
  const { email } = invitation!;
  const existing = await db.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } }, select: { id: true, emailVerified: true } });
  const user = existing ?? (await db.user.create({ data: { email, emailVerified: now }, select: { id: true, emailVerified: true } }));
  if (!user.emailVerified) await db.user.update({ where: { id: user.id }, data: { emailVerified: now } });
  return { userId: user.id, session: await createSession(user.id) };
}

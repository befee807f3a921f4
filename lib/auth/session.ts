import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { policyRoleOf, type SignedInRole } from "@/lib/permissions";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "@/lib/auth/session-cookie";

export interface SessionUser {
  id: string;
  name: string | null;
  email: string | null;
  image: string | null;
  role: SignedInRole;
  isDemo: boolean;
}

/**
 * The person a session token belongs to, or null for a missing or expired
 * session. Sessions slide: one that is used is extended, at most once a day.
 */
export async function findSessionUser(sessionToken: string): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { sessionToken },
    select: {
      expires: true,
      user: { select: { id: true, name: true, email: true, image: true, role: true, isDemo: true, membership: { select: { status: true } } } },
    },
  });
  if (!session) return null;
  const now = Date.now();
  if (session.expires.getTime() <= now) {
    await db.session.deleteMany({ where: { sessionToken } });
    return null;
  }
  const renewAfter = session.expires.getTime() - (SESSION_MAX_AGE_SECONDS - SESSION_UPDATE_AGE_SECONDS) * 1000;
  if (now > renewAfter) {
    await db.session.updateMany({ where: { sessionToken }, data: { expires: new Date(now + SESSION_MAX_AGE_SECONDS * 1000) } });
  }
  const { membership, ...user } = session.user;
  return { ...user, role: policyRoleOf(user.role, membership?.status) };
}

export function actorFor(user: SessionUser | null): Actor {
  return user ? { userId: user.id, role: user.role } : { userId: null, role: "anonymous" };
}

/** Starts a database session for a person, as next-auth does after a sign-in. */
export async function createSession(userId: string) {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.session.create({ data: { sessionToken, userId, expires } });
  return { sessionToken, expires };
}

export async function endSession(sessionToken: string) {
  await db.session.deleteMany({ where: { sessionToken } });
}

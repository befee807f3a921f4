import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { actorFor, findSessionUser, type SessionUser } from "@/lib/auth/session";
import { readSessionToken } from "@/lib/auth/session-cookie";
import type { Actor } from "@/lib/permissions";

/** The signed-in person of this request, looked up once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = readSessionToken(await cookies());
  return token ? findSessionUser(token) : null;
});

export async function getCurrentActor(): Promise<Actor> {
  return actorFor(await getCurrentUser());
}

/** For pages only signed-in people can use: sends visitors to sign in and back. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

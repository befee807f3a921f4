import { cookies, headers } from "next/headers";
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

/**
 * For pages only signed-in people can use: sends visitors to sign in, and back
 * to the page they asked for (proxy.ts passes its path along).
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const returnTo = (await headers()).get("x-request-path") ?? "/";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return user;
}

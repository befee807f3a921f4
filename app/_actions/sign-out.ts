"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { endSession } from "@/lib/auth/session";
import { isSecureRequest, readSessionToken, sessionCookieName } from "@/lib/auth/session-cookie";
import { getAppConfig } from "@/lib/config";

/** Ends the session in the database and drops the cookie. */
export async function signOutAction() {
  const cookieStore = await cookies();
  const token = readSessionToken(cookieStore);
  if (token) await endSession(token);
  cookieStore.delete(sessionCookieName(isSecureRequest(await headers(), getAppConfig().env.AUTH_URL)));
  redirect("/");
}

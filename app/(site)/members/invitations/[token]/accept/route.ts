import { NextResponse } from "next/server";
import { endSession } from "@/lib/auth/session";
import { isSecureRequest, sessionCookieName, sessionTokenFromCookieHeader } from "@/lib/auth/session-cookie";
import { getAppConfig } from "@/lib/config";
import { isAppError } from "@/lib/errors";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { signInWithInvitation } from "@/lib/membership/sign-in-with-invitation";

/**
 * "Accept and sign in": the invitation's email sign-in. Signs in the invited
 * address's owner — ending whichever session the browser had, so switching
 * accounts leaves nobody half signed in — and continues to the pre-filled
 * request. A link that does not work goes back to its page, which says why.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { env } = getAppConfig();
  const base = env.AUTH_URL ?? request.url;
  const invitationPage = new URL(`/members/invitations/${encodeURIComponent(token)}`, base);
  if (!isSameOriginRequest(request, env.AUTH_URL)) return NextResponse.redirect(invitationPage, 303);

  try {
    const { session } = await signInWithInvitation({ token });
    const previous = sessionTokenFromCookieHeader(request.headers.get("cookie") ?? undefined);
    if (previous) await endSession(previous);
    const isSecure = isSecureRequest(request.headers, env.AUTH_URL);
    const response = NextResponse.redirect(new URL(`${invitationPage.pathname}/request`, base), 303);
    response.cookies.set(sessionCookieName(isSecure), session.sessionToken, { httpOnly: true, sameSite: "lax", secure: isSecure, path: "/", expires: session.expires });
    return response;
  } catch (error) {
    if (isAppError(error)) return NextResponse.redirect(invitationPage, 303);
    throw error;
  }
}


import { NextResponse } from "next/server";
import { z } from "zod";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInAsDemoPerson } from "@/lib/auth/demo-sign-in";
import { isSecureRequest, sessionCookieName } from "@/lib/auth/session-cookie";
import { getAppConfig } from "@/lib/config";
import { isAppError } from "@/lib/errors";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { withoutControlCharacters } from "@/lib/validation/text";

const formSchema = z.object({ userId: withoutControlCharacters.min(1).max(40), callbackUrl: z.string().optional() });

/**
 * The demo sign-in form posts here (a plain form, so it works without
 * JavaScript). Refusals go back to the sign-in page with the reason.
 */
export async function POST(request: Request) {
  const { env } = getAppConfig();
  const base = env.AUTH_URL ?? request.url;
  const backToSignIn = (error: string) => NextResponse.redirect(new URL(`/sign-in?error=${error}`, base), 303);

  if (!isSameOriginRequest(request, env.AUTH_URL)) return backToSignIn("CrossSite");
  const parsed = formSchema.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  if (!parsed.success) return backToSignIn("DemoPersonMissing");

  try {
    const session = await signInAsDemoPerson({ userId: parsed.data.userId });
    const isSecure = isSecureRequest(request.headers, env.AUTH_URL);
    const response = NextResponse.redirect(new URL(safeCallbackPath(parsed.data.callbackUrl), base), 303);
    response.cookies.set(sessionCookieName(isSecure), session.sessionToken, {
      httpOnly: true,
      sameSite: "lax",
      secure: isSecure,
      path: "/",
      expires: session.expires,
    });
    return response;
  } catch (error) {
    if (isAppError(error)) return backToSignIn(error.code === "FORBIDDEN" ? "DemoSignInDisabled" : "DemoPersonMissing");
    throw error;
  }
}

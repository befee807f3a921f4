"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { invalidInput, type ActionResult } from "@/lib/action-result";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { withoutControlCharacters } from "@/lib/validation/text";

const providerSchema = z.object({ provider: z.enum(["github", "oidc"]), callbackUrl: z.string().optional() });

export async function signInWithProvider(formData: FormData) {
  const parsed = providerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  await signIn(parsed.data.provider, { redirectTo: safeCallbackPath(parsed.data.callbackUrl) });
}

const emailSchema = z.object({
  email: withoutControlCharacters
    .trim()
    .toLowerCase()
    .max(254, { message: "That address is too long." })
    .pipe(z.email({ message: "Enter an email address like name@example.org." })),
  callbackUrl: z.string().optional(),
});

export async function signInWithEmail(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = emailSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error, "Check the email address.");
  try {
    await signIn("nodemailer", { email: parsed.data.email, redirectTo: safeCallbackPath(parsed.data.callbackUrl) });
  } catch (error) {
    // signIn ends by redirecting to the "check your email" page; that is not a failure.
    if (error instanceof AuthError) {
      console.error(`[auth] email sign-in failed: ${error.type}`);
      return { ok: false, error: { code: "INTERNAL", message: "The sign-in email could not be sent. Please try again in a moment." } };
    }
    throw error;
  }
  return { ok: true, data: undefined };
}

import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import GitHub from "next-auth/providers/github";
import Nodemailer from "next-auth/providers/nodemailer";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "@/lib/auth/session-cookie";
import { getAppConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { signInLinkEmail } from "@/lib/email/templates";

/**
 * next-auth runs the sign-in flows (GitHub, OpenID Connect, email links) and
 * stores sessions in the database. Everything after sign-in — who is this,
 * what may they do — reads that session directly (./current-user.ts).
 */

export const SIGN_IN_LINK_MINUTES = 30;

export type SignInMethod = { id: "github" | "oidc" | "nodemailer"; label: string; kind: "oauth" | "email" };

/** The sign-in methods this deployment offers, from its environment. */
export function configuredSignInMethods(): SignInMethod[] {
  const { env } = getAppConfig();
  const methods: SignInMethod[] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) methods.push({ id: "github", label: "GitHub", kind: "oauth" });
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    methods.push({ id: "oidc", label: env.OIDC_LABEL ?? "Institutional sign-in", kind: "oauth" });
  }
  if (env.SMTP_URL && env.EMAIL_FROM) methods.push({ id: "nodemailer", label: "Email", kind: "email" });
  return methods;
}

let cachedConfig: NextAuthConfig | undefined;

function authConfig(): NextAuthConfig {
  if (cachedConfig) return cachedConfig;
  const { env, authSecret } = getAppConfig();
  const providers: NextAuthConfig["providers"] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHub({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: env.OIDC_LABEL ?? "Institutional sign-in",
      type: "oidc",
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
    });
  }
  if (env.SMTP_URL && env.EMAIL_FROM) {
    providers.push(
      Nodemailer({
        server: env.SMTP_URL,
        from: env.EMAIL_FROM,
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        async sendVerificationRequest({ identifier, url }) {
          const email = signInLinkEmail({ url, host: new URL(url).host, minutesValid: SIGN_IN_LINK_MINUTES });
          await sendEmail({ to: identifier, ...email });
        },
      }),
    );
  }
  cachedConfig = {
    // The adapter is typed against @prisma/client; ours is generated elsewhere with the same shape.
    adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
    providers,
    secret: authSecret,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    // The app always sits at the URL it is reached by (or at AUTH_URL when set).
    trustHost: true,
    // Errors come back to the sign-in page as ?error=<code>, which explains them.
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    logger: {
      // Auth.js errors carry their kind in `type`; the message links to its docs.
      error: (error) => console.error(`[auth] ${(error as { type?: string }).type ?? error.name}: ${error.message.split("\n")[0]}`),
      warn: (code) => console.warn(`[auth] warning: ${code}`),
      debug: () => {},
    },
  };
  return cachedConfig;
}

export const { handlers, signIn } = NextAuth(() => authConfig());

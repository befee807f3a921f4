import { ArrowRight, Building2, FlaskConical, KeyRound } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { RoleBadge } from "@/components/ui/role-badge";
import { UserText } from "@/components/ui/user-text";
import { configuredSignInMethods } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listDemoPeople } from "@/lib/auth/demo-sign-in";
import { EmailSignInForm } from "./_components/email-sign-in-form";
import { signInWithProvider } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

/** What went wrong, for the error codes next-auth and the demo sign-in send back here. */
const errorMessages: Record<string, string> = {
  Verification: "This sign-in link has expired or was already used. Links work once, for 30 minutes — ask for a new one below.",
  OAuthAccountNotLinked: "That email address already belongs to an account that signs in another way. Use the method you used before.",
  AccessDenied: "Sign-in was cancelled or refused.",
  OAuthSignin: "The sign-in provider could not be reached. Please try again.",
  OAuthCallbackError: "The sign-in provider sent back an error. Please try again.",
  OAuthCallback: "The sign-in provider sent back an error. Please try again.",
  EmailSignin: "The sign-in email could not be sent. Please try again in a moment.",
  Configuration: "Sign-in is misconfigured on this site. Please tell the administrators.",
  DemoSignInDisabled: "Demo sign-in is not available on this site. Use one of the sign-in methods shown.",
  DemoPersonMissing: "That demo person does not exist (any more). Pick another one.",
  CrossSite: "That sign-in request came from another site and was refused.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getCurrentUser()) redirect(callbackUrl);

  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const errorMessage = errorCode ? (errorMessages[errorCode] ?? "Signing in did not work. Please try again.") : undefined;
  const methods = configuredSignInMethods();
  const oauthMethods = methods.filter((method) => method.kind === "oauth");
  const hasEmail = methods.some((method) => method.kind === "email");
  const demoPeople = await listDemoPeople();

  return (
    <div className="mx-auto grid max-w-5xl grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)] lg:items-start">
      <div className="space-y-6">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Sign in to PyHPC Hub</h1>
          <p className="text-muted">Report pain points, follow PEPs, take part in sessions and, as a member, draft the group&rsquo;s statements.</p>
        </div>
        {errorMessage ? (
          <Notice tone="error" title="Not signed in">
            {errorMessage}
          </Notice>
        ) : null}
        <Card>
          <CardBody className="space-y-5 py-6">
            {oauthMethods.length > 0 ? (
              <div className="space-y-2">
                {oauthMethods.map((method) => (
                  <form key={method.id} action={signInWithProvider}>
                    <input type="hidden" name="provider" value={method.id} />
                    <input type="hidden" name="callbackUrl" value={callbackUrl} />
                    <Button type="submit" variant={method.id === "github" ? "primary" : "secondary"} className="w-full">
                      {method.id === "github" ? <KeyRound aria-hidden className="size-4" /> : <Building2 aria-hidden className="size-4" />}
                      {method.id === "github" ? "Sign in with GitHub" : method.label}
                    </Button>
                  </form>
                ))}
              </div>
            ) : null}
            {oauthMethods.length > 0 && hasEmail ? (
              <div className="flex items-center gap-3 text-xs text-subtle" aria-hidden>
                <span className="h-px flex-1 bg-line" /> or <span className="h-px flex-1 bg-line" />
              </div>
            ) : null}
            {hasEmail ? <EmailSignInForm callbackUrl={callbackUrl} /> : null}
            {methods.length === 0 ? (
              <p className="text-sm text-muted">
                {demoPeople.length
                  ? "This demo site has no GitHub, institutional or email sign-in configured. Pick one of the demo people to look around."
                  : "This site has no sign-in method configured yet. Please tell its administrators."}
              </p>
            ) : null}
          </CardBody>
        </Card>
      </div>

      {demoPeople.length > 0 ? (
        <section aria-labelledby="demo-heading" className="rounded-2xl border-2 border-dashed border-accent-500/60 bg-accent-200/30 p-5 dark:bg-accent-500/5">
          <div className="flex items-start gap-3">
            <FlaskConical aria-hidden className="mt-0.5 size-5 shrink-0 text-accent-600 dark:text-accent-400" />
            <div className="space-y-1">
              <h2 id="demo-heading" className="font-semibold">
                Demo sign-in <Badge tone="accent">no password</Badge>
              </h2>
              <p className="text-sm text-muted">
                This site runs on demo data. Pick a fictional person to see the hub as each role does. Not available on real deployments.
              </p>
            </div>
          </div>
          <ul className="mt-4 grid grid-cols-[minmax(0,1fr)] gap-2">
            {demoPeople.map((person) => (
              <li key={person.id}>
                <form method="post" action="/sign-in/demo">
                  <input type="hidden" name="userId" value={person.id} />
                  <input type="hidden" name="callbackUrl" value={callbackUrl} />
                  <button
                    type="submit"
                    aria-label={`Sign in as ${person.name}`}
                    className="group flex w-full items-center gap-3 rounded-xl border border-line bg-surface px-3 py-2.5 text-left shadow-xs transition hover:border-primary/50 hover:shadow-sm"
                  >
                    <span className="min-w-0 flex-1">
                      <span className="flex items-center gap-2">
                        <span className="truncate text-sm font-semibold">
                          <UserText>{person.name}</UserText>
                        </span>
                        <RoleBadge role={person.role} />
                      </span>
                      {person.headline ? <UserText className="block truncate text-xs text-subtle">{person.headline}</UserText> : null}
                    </span>
                    <ArrowRight aria-hidden className="size-4 shrink-0 text-subtle transition group-hover:translate-x-0.5 group-hover:text-primary" />
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

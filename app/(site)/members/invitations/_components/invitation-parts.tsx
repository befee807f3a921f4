import { MailX } from "lucide-react";
import Link from "next/link";
import { Button, buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { unknownInvitationMessage, unusableInvitationMessages, type InvitationView } from "@/lib/membership/invitations";

/** The whole page for a link that does not work, saying why. */
export function UnusableInvitation({ invitation }: { invitation: InvitationView | null }) {
  const title = !invitation ? "This invitation link is not known" : invitation.state === "accepted" ? "This invitation has been used" : invitation.state === "revoked" ? "This invitation was withdrawn" : "This invitation has expired";
  const reason = !invitation || invitation.state === "pending" ? unknownInvitationMessage : unusableInvitationMessages[invitation.state];
  return (
    <div className="mx-auto max-w-2xl py-8">
      <EmptyState
        icon={MailX}
        headingLevel="h1"
        title={title}
        actions={
          <>
            <Link href="/members/join" className={buttonStyles({ variant: "secondary" })}>
              Ask to join
            </Link>
            <Link href="/sign-in" className={buttonStyles({ variant: "ghost" })}>
              Sign in
            </Link>
          </>
        }
      >
        <p>{reason}</p>
      </EmptyState>
    </div>
  );
}

/**
 * "Accept and sign in as …": a plain form posting to the route that signs
 * the address's owner in (a POST, so a mail scanner opening the link signs
 * nobody in). Used for switching from another account, too.
 */
export function AcceptInvitationButton({ token, email, label }: { token: string; email: string; label?: string }) {
  return (
    <form method="post" action={`/members/invitations/${token}/accept`}>
      <Button type="submit" className="max-w-full break-all">
        {label ?? `Accept and sign in as ${email}`}
      </Button>
    </form>
  );
}

/**
 * Someone else is signed in: say so, and offer to continue as the invited
 * address (signing the other account out) or to leave the invitation alone.
 */
export function SwitchToInvitedAccount({ token, invitedEmail, signedInAs }: { token: string; invitedEmail: string; signedInAs: string }) {
  return (
    <div className="space-y-3">
      <Notice tone="warning" title="You are signed in as someone else">
        You are signed in as {signedInAs}, and this invitation is for {invitedEmail}. Continue as {invitedEmail} (you are signed out of the other account), or cancel.
      </Notice>
      <div className="flex flex-wrap items-center gap-3">
        <AcceptInvitationButton token={token} email={invitedEmail} label={`Continue as ${invitedEmail}`} />
        <Link href="/" className={buttonStyles({ variant: "ghost" })}>
          Cancel
        </Link>
      </div>
    </div>
  );
}

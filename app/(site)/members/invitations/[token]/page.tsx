import type { Metadata } from "next";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getInvitationByToken } from "@/lib/membership/get-invitation";
import { formatDay } from "@/lib/membership/records";
import { AcceptInvitationButton, SwitchToInvitedAccount, UnusableInvitation } from "../_components/invitation-parts";

export const metadata: Metadata = { title: "Invitation to join", robots: { index: false } };

/** What the link shows. Opening it changes nothing: mail scanners open links before people do; accepting is a POST. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([getInvitationByToken({ token }), getCurrentUser()]);
  if (!invitation || invitation.state !== "pending") return <UnusableInvitation invitation={invitation} />;
  const isInvitedPerson = user?.email?.toLowerCase() === invitation.email;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader eyebrow="The working group" title="You are invited to join" description={<>{<UserText>{invitation.inviterName}</UserText>} invites you to join the Python-on-HPC working group.</>} />
      <Card>
        <CardBody className="space-y-5">
          {invitation.message ? (
            <blockquote className="border-l-4 border-line-strong pl-4 whitespace-pre-line">
              <UserText>{invitation.message}</UserText>
            </blockquote>
          ) : null}
          <p className="text-sm text-muted">
            Members draft and vote on the group&rsquo;s statements; how the group works is in its{" "}
            <Link href="/charter" className="font-medium text-primary hover:underline">
              charter
            </Link>
            . Accepting signs you in with this address and opens your request, filled in with what the chairs know; when you send it, you are a member. The invitation works until {formatDay(invitation.expiresAt)}.
          </p>
          {isInvitedPerson ? (
            <Link href={`/members/invitations/${token}/request`} className={buttonStyles()}>
              Continue to your request
            </Link>
          ) : user ? (
            <SwitchToInvitedAccount token={token} invitedEmail={invitation.email} signedInAs={user.email ?? user.name ?? "another person"} />
          ) : (
            <AcceptInvitationButton token={token} email={invitation.email} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}

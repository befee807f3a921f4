import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { countryName } from "@/components/membership/membership-request-summary";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { listAreas } from "@/lib/areas/get-area";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getInvitationByToken } from "@/lib/membership/get-invitation";
import { countryCodes } from "@/lib/membership/schemas";
import { MembershipRequestForm } from "../../../join/_components/membership-request-form";
import { acceptInvitationAction } from "../../actions";
import { SwitchToInvitedAccount, UnusableInvitation } from "../../_components/invitation-parts";

export const metadata: Metadata = { title: "Your request to join", robots: { index: false } };

/** The invited person's request, filled in with what the chair gave; sending it makes them a member. */
export default async function InvitedRequestPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([getInvitationByToken({ token }), getCurrentUser()]);
  if (!invitation || invitation.state !== "pending") return <UnusableInvitation invitation={invitation} />;
  if (!user) redirect(`/members/invitations/${token}`);
  const areas = await listAreas();
  const countries = [...countryCodes].map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name, "en"));

  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow="Invitation"
        title="Your request to join"
        description={
          <>
            <UserText>{invitation.inviterName}</UserText> invited you: check what is filled in, add the rest, and send it. You are a member as soon as it is sent.
          </>
        }
      />
      {user.email?.toLowerCase() !== invitation.email ? (
        <Card>
          <CardBody>
            <SwitchToInvitedAccount token={token} invitedEmail={invitation.email} signedInAs={user.email ?? user.name ?? "another person"} />
          </CardBody>
        </Card>
      ) : (
        <Card>
          <CardHeader>
            <CardTitle>About you</CardTitle>
          </CardHeader>
          <CardBody>
            <MembershipRequestForm action={acceptInvitationAction} areas={areas.map(({ slug, name }) => ({ slug, name }))} countries={countries} prefill={{ affiliation: invitation.affiliation }} hidden={{ token }} submitLabel="Join the working group" />
          </CardBody>
        </Card>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/layout/access-denied";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { isEmailConfigured } from "@/lib/email/send-email";
import type { InvitationState, InvitationView } from "@/lib/membership/invitations";
import { listInvitations } from "@/lib/membership/list-invitations";
import { formatDay } from "@/lib/membership/records";
import { can } from "@/lib/permissions";
import { inviteMemberAction, resendInvitationAction, revokeInvitationAction } from "./actions";
import { InvitationButtonForm, InviteMemberForm } from "./_components/invitation-forms";

export const metadata: Metadata = { title: "Invitations" };

const stateBadge: Record<InvitationState, { label: string; tone: BadgeTone }> = {
  pending: { label: "Pending", tone: "info" },
  accepted: { label: "Accepted", tone: "success" },
  expired: { label: "Expired", tone: "neutral" },
  revoked: { label: "Revoked", tone: "danger" },
};

function stateLine(invitation: InvitationView) {
  switch (invitation.state) {
    case "accepted":
      return `Accepted ${formatDay(invitation.acceptedAt!)}${invitation.acceptedByName ? ` by ${invitation.acceptedByName}` : ""}`;
    case "revoked":
      return `Revoked ${formatDay(invitation.revokedAt!)}`;
    case "expired":
      return `Expired ${formatDay(invitation.expiresAt)}`;
    case "pending":
      return `Works until ${formatDay(invitation.expiresAt)}`;
  }
}

export default async function InvitationsPage() {
  const actor = actorFor(await requireUser());
  if (!can(actor, "membership.invite")) return <AccessDenied reason="The working group's chairs invite people. To join, ask at /members/join." />;
  const invitations = await listInvitations({ actor });

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/members", label: "Members" }]} current="Invitations" />
      <PageHeader
        eyebrow="Chairs"
        title="Invitations"
        description={
          <>
            Invite a person by email. Their link signs them in and opens a request filled in with what you give; it is approved when they send it, as your decision. Requests people send themselves are in the{" "}
            <Link href="/members/requests" className="font-medium text-primary hover:underline">
              queue
            </Link>
            .
          </>
        }
      />

      <Card>
        <CardHeader>
          <CardTitle>Invite a person</CardTitle>
        </CardHeader>
        <CardBody className="space-y-3">
          {isEmailConfigured() ? null : <p className="text-sm text-muted">Email is not set up on this site, so the invitation is not emailed: you are shown its link once, to send yourself.</p>}
          <InviteMemberForm action={inviteMemberAction} />
        </CardBody>
      </Card>

      <section className="space-y-3" aria-labelledby="invitations-list">
        <h2 id="invitations-list" className="text-lg font-semibold">
          Sent invitations
        </h2>
        {invitations.length === 0 ? <EmptyState title="No invitations yet">Invitations you and the other chairs send are listed here.</EmptyState> : null}
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-col gap-3 p-4 text-sm sm:flex-row sm:items-start sm:justify-between" aria-label={`Invitation of ${invitation.email}`}>
              <div className="min-w-0 space-y-1">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium break-all">{invitation.email}</span>
                  <Badge tone={stateBadge[invitation.state].tone}>{stateBadge[invitation.state].label}</Badge>
                </p>
                <p className="text-muted">
                  Sent {formatDay(invitation.createdAt)} by <UserText>{invitation.inviterName}</UserText> · {stateLine(invitation)}
                  {invitation.affiliation ? (
                    <>
                      {" "}
                      · <UserText>{invitation.affiliation}</UserText>
                    </>
                  ) : null}
                </p>
              </div>
              {invitation.state === "pending" || invitation.state === "expired" ? (
                <div className="flex flex-wrap items-start gap-2 sm:max-w-sm sm:justify-end">
                  <InvitationButtonForm action={resendInvitationAction} invitationId={invitation.id} label="New link" />
                  {invitation.state === "pending" ? <InvitationButtonForm action={revokeInvitationAction} invitationId={invitation.id} label="Revoke" variant="danger" /> : null}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

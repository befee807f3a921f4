import type { Metadata } from "next";
import { AccessDenied } from "@/components/layout/access-denied";
import { MembershipRequestSummary, MembershipStatusBadge, countryName } from "@/components/membership/membership-request-summary";
import { RequestButtonForm, RequestTextForm } from "@/components/membership/request-action-forms";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { listAreas } from "@/lib/areas/get-area";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { getMembershipRequest } from "@/lib/membership/get-membership-request";
import { listMembershipRequests } from "@/lib/membership/list-membership-requests";
import { formatDay } from "@/lib/membership/records";
import { can } from "@/lib/permissions";
import { formatCount } from "@/lib/ui/format";
import { approveMembershipRequestAction, askAboutMembershipRequestAction, declineMembershipRequestAction } from "./actions";

export const metadata: Metadata = { title: "Membership requests" };

export default async function MembershipRequestsPage() {
  const actor = actorFor(await requireUser());
  if (!can(actor, "membership.readRequests")) return <AccessDenied reason="The working group's chairs decide membership requests. Your own request is at /members/join." />;
  const [queue, areas] = await Promise.all([listMembershipRequests({ actor }), listAreas()]);
  const areaNames = new Map(areas.map((area) => [area.slug, area.name]));
  const pending = queue.filter((entry) => entry.status === "PENDING");
  const decided = queue.filter((entry) => entry.status !== "PENDING");
  // The open requests in full: the queue is short, and a chair decides from what the person wrote.
  const open = await Promise.all(pending.map((entry) => getMembershipRequest({ actor, requestId: entry.id })));

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/members", label: "Members" }]} current="Requests" />
      <PageHeader eyebrow="Chairs" title="Membership requests" description={`${formatCount(pending.length, "open request")}. Approve, decline with a reason the person sees, or ask a question they answer here.`} />

      {open.length === 0 ? <EmptyState title="No open requests">Every request has been answered.</EmptyState> : null}
      {open.map((request) => {
        const entry = pending.find((candidate) => candidate.id === request.id)!;
        return (
          <Card key={request.id} id={`request-${request.id}`}>
            <CardHeader className="flex flex-wrap items-center justify-between gap-2">
              <CardTitle>
                <UserText>{request.requesterName}</UserText>
              </CardTitle>
              <div className="flex flex-wrap gap-2">
                {entry.isAwaitingChairs ? <MembershipStatusBadge status="PENDING" /> : null}
                <span className="text-sm text-muted">Sent {formatDay(request.createdAt)}</span>
              </div>
            </CardHeader>
            <CardBody className="space-y-6">
              <MembershipRequestSummary request={request} areaNames={areaNames} />
              {request.isOwn ? (
                <Notice tone="info">This is your own request: another chair decides it.</Notice>
              ) : (
                <div className="grid gap-6 lg:grid-cols-3">
                  <RequestButtonForm action={approveMembershipRequestAction} requestId={request.id} label="Approve" />
                  <RequestTextForm action={declineMembershipRequestAction} requestId={request.id} name="reason" label="Decline, with a reason" hint="The person sees this reason." submitLabel="Decline" variant="danger" />
                  <RequestTextForm action={askAboutMembershipRequestAction} requestId={request.id} name="body" label="Ask a question" hint="The person is notified and answers on their request." submitLabel="Ask" variant="secondary" />
                </div>
              )}
            </CardBody>
          </Card>
        );
      })}

      {decided.length ? (
        <section className="space-y-3" aria-labelledby="decided-requests">
          <h2 id="decided-requests" className="text-lg font-semibold">
            Decided and withdrawn
          </h2>
          <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
            {decided.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
                <span>
                  <UserText>{entry.requesterName}</UserText> · <UserText>{entry.affiliation}</UserText> · {countryName(entry.country)}
                </span>
                <span className="flex items-center gap-2">
                  <MembershipStatusBadge status={entry.status} />
                  {entry.decidedAt ? <span className="text-muted">{formatDay(entry.decidedAt)}</span> : null}
                  {entry.deciderName ? (
                    <span className="text-muted">
                      by <UserText>{entry.deciderName}</UserText>
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

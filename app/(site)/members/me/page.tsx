import type { Metadata } from "next";
import Link from "next/link";
import { DirectoryStatusBadge } from "@/components/membership/member-directory-parts";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { getOwnMembershipState } from "@/lib/membership/get-own-membership-state";
import { directoryStatusOf } from "@/lib/membership/directory";
import { formatDay } from "@/lib/membership/records";
import { LeaveMembershipForm, ReaffirmMembershipForm } from "./_components/own-membership-forms";

export const metadata: Metadata = { title: "Your membership" };

export default async function OwnMembershipPage() {
  const user = await requireUser();
  const { membership, inactiveAfterMonths } = await getOwnMembershipState({ userId: user.id });
  const now = new Date();

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/members", label: "Members" }]} current="Your membership" />
      <PageHeader eyebrow="The working group" title="Your membership" />
      {!membership ? (
        <EmptyState
          title="You are not a member yet"
          actions={
            <Link href="/members/join" className="font-medium text-primary hover:underline">
              Ask to join the working group
            </Link>
          }
        >
          Members draft and vote on the group&rsquo;s statements.
        </EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <Card>
            <CardHeader className="flex flex-wrap items-center justify-between gap-2">
              <CardTitle>Status</CardTitle>
              <DirectoryStatusBadge status={directoryStatusOf(membership, inactiveAfterMonths, now)} />
            </CardHeader>
            <CardBody className="space-y-4 text-sm">
              {membership.status === "SUSPENDED" ? (
                <Notice tone="warning" title="Your membership is suspended">
                  {membership.suspensionReason} While suspended you cannot vote or edit drafts; the chairs can lift it.
                </Notice>
              ) : null}
              {membership.status === "LEFT" ? (
                <Notice tone="info" title={`You left the group on ${formatDay(membership.leftAt ?? now)}`}>
                  What you contributed stays under your name. You can <Link href="/members/join" className="font-medium text-primary hover:underline">ask to join again</Link>.
                </Notice>
              ) : null}
              {membership.isInactive ? (
                <Notice tone="warning" title="You count as inactive">
                  You have not voted, edited a statement, attended a session or reaffirmed for {inactiveAfterMonths} months, so you do not count towards quorum. Reaffirm to count again.
                </Notice>
              ) : null}
              <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
                <dt className="text-muted">Member since</dt>
                <dd>{formatDay(membership.joinedAt)}</dd>
                <dt className="text-muted">Last active</dt>
                <dd>{formatDay(membership.lastActiveAt)}</dd>
                {membership.status === "ACTIVE" && !membership.isInactive ? (
                  <>
                    <dt className="text-muted">Counts as inactive from</dt>
                    <dd>{formatDay(membership.lapsesOn)} unless you take part or reaffirm</dd>
                  </>
                ) : null}
                <dt className="text-muted">Public directory</dt>
                <dd>{membership.isPublicListingConsented ? "Listed" : "Not listed (only members see you)"}</dd>
              </dl>
              <p>
                <Link href={`/members/${user.id}`} className="font-medium text-primary hover:underline">
                  Your page in the directory
                </Link>
              </p>
            </CardBody>
          </Card>
          {membership.status !== "LEFT" ? (
            <aside className="space-y-6">
              {membership.status === "ACTIVE" ? (
                <Card>
                  <CardHeader>
                    <CardTitle>Still here?</CardTitle>
                  </CardHeader>
                  <CardBody className="space-y-3 text-sm">
                    <p>Reaffirming keeps you active for another {inactiveAfterMonths} months, as the charter sets.</p>
                    <ReaffirmMembershipForm />
                  </CardBody>
                </Card>
              ) : null}
              <Card>
                <CardHeader>
                  <CardTitle>Leave the group</CardTitle>
                </CardHeader>
                <CardBody className="space-y-3 text-sm">
                  <p>You can leave at any time. Your past votes, edits and reports stay, attributed as cast.</p>
                  <LeaveMembershipForm />
                </CardBody>
              </Card>
            </aside>
          ) : null}
        </div>
      )}
    </div>
  );
}

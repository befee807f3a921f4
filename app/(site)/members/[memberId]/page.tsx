import type { Metadata } from "next";
import Link from "next/link";
import { StageBadge } from "@/components/statements/statement-parts";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MemberChairControls } from "./_components/member-chair-controls";
import { DirectoryStatusBadge, MemberEntryDetails } from "@/components/membership/member-directory-parts";
import { PainPointListCompact } from "@/components/pain-points/pain-point-list-compact";
import { MembersOnlyBadge } from "@/components/sessions/session-badges";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { listAreas } from "@/lib/areas/get-area";
import { getCurrentActor } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { getMember } from "@/lib/membership/get-member";
import { missingMember } from "@/lib/site/missing-page";
import { formatCount, formatDate } from "@/lib/ui/format";

type Params = { params: Promise<{ memberId: string }> };

/** The member as this viewer may see them, or null (not found, or not for them): read once for the metadata and the page. */
const memberFor = cache(async (memberId: string) => {
  try {
    return await getMember({ actor: await getCurrentActor(), memberId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { memberId } = await params;
  const member = await memberFor(memberId);
  return { title: member ? member.entry.name : missingMember().title };
}

export default async function MemberPage({ params }: Params) {
  const { memberId } = await params;
  const [member, actor, areas] = await Promise.all([memberFor(memberId), getCurrentActor(), listAreas()]);
  if (!member) notFound();
  const { entry, painPoints, sessions } = member;
  const areaNames = new Map(areas.map((area) => [area.slug, area.name]));
  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/members", label: "Members" }]} current={entry.name} />
      <PageHeader
        eyebrow={
          <span className="flex flex-wrap items-center gap-2">
            Member since {formatDate(entry.joinedAt)}
            {entry.status ? <DirectoryStatusBadge status={entry.status} /> : null}
            {entry.isPublicListingConsented === false ? <span className="text-xs font-normal text-subtle">Not listed publicly</span> : null}
          </span>
        }
        title={<UserText>{entry.name}</UserText>}
        description={entry.headline ? <UserText>{entry.headline}</UserText> : undefined}
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <aside className="space-y-6 lg:col-start-2 lg:row-start-1">
          <Card>
            <CardHeader>
              <CardTitle>Directory entry</CardTitle>
            </CardHeader>
            <CardBody className="space-y-3">
              <MemberEntryDetails entry={entry} areaNames={areaNames} />
              {member.membership.suspensionReason ? (
                <p className="text-sm">
                  <span className="font-medium">Suspended{member.suspendedAt ? ` on ${formatDate(member.suspendedAt)}` : ""}:</span> <UserText>{member.membership.suspensionReason}</UserText>
                </p>
              ) : null}
              {member.leftAt ? <p className="text-sm text-muted">Left the group on {formatDate(member.leftAt)}.</p> : null}
            </CardBody>
          </Card>
          <MemberChairControls member={member.membership} viewer={actor} />
        </aside>
        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-1">
          <section aria-labelledby="reports-heading" data-testid="member-pain-points">
            <Card>
              <CardHeader>
                <CardTitle id="reports-heading">Pain points reported</CardTitle>
                <span className="text-sm text-subtle tabular-nums">{painPoints.total}</span>
              </CardHeader>
              <CardBody>
                {painPoints.items.length ? <PainPointListCompact items={painPoints.items} /> : <p className="text-sm text-muted">No pain points reported under their name.</p>}
                {painPoints.total > painPoints.items.length ? (
                  <p className="mt-3 text-xs text-muted">
                    The newest {painPoints.items.length} of {formatCount(painPoints.total, "report")}.
                  </p>
                ) : null}
              </CardBody>
            </Card>
          </section>
          <section aria-labelledby="sessions-heading" data-testid="member-sessions">
            <Card>
              <CardHeader>
                <CardTitle id="sessions-heading">Sessions organised</CardTitle>
                <span className="text-sm text-subtle tabular-nums">{sessions.total}</span>
              </CardHeader>
              <CardBody>
                {sessions.items.length ? (
                  <ul className="divide-y divide-line">
                    {sessions.items.map((session) => (
                      <li key={session.slug} className="flex flex-wrap items-center gap-2 py-2.5 text-sm first:pt-0 last:pb-0">
                        <Link href={`/sessions/${session.slug}`} className="min-w-0 font-medium hover:text-primary">
                          <UserText>{session.title}</UserText>
                        </Link>
                        {session.visibility === "MEMBERS" ? <MembersOnlyBadge /> : null}
                        <span className="text-xs text-muted">{formatDate(session.startsAt)}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-sm text-muted">No sessions organised yet.</p>
                )}
              </CardBody>
            </Card>
          </section>
          <section aria-labelledby="statements-heading" data-testid="member-statements">
            <Card>
              <CardHeader>
                <CardTitle id="statements-heading">Statements drafted or endorsed</CardTitle>
              </CardHeader>
              <CardBody className="space-y-4">
                {(
                  [
                    ["Drafted", member.statements.drafted, "No statements drafted yet."],
                    ["Endorsed", member.statements.endorsed, "No statements endorsed yet."],
                  ] as const
                ).map(([label, items, empty]) => (
                  <div key={label} className="space-y-1.5">
                    <h3 className="text-xs font-semibold tracking-wide text-subtle uppercase">{label}</h3>
                    {items.length ? (
                      <ul className="divide-y divide-line">
                        {items.map((statement) => (
                          <li key={statement.slug} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                            <Link href={`/statements/${statement.slug}`} className="min-w-0 font-medium hover:text-primary">
                              <UserText>{statement.title}</UserText>
                            </Link>
                            <StageBadge stage={statement.stage} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="text-sm text-muted">{empty}</p>
                    )}
                  </div>
                ))}
              </CardBody>
            </Card>
          </section>
        </div>
      </div>
    </div>
  );
}

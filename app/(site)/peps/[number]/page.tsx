import { Activity, ArrowUpRight, CalendarDays, History, Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Markdown } from "@/components/markdown/markdown";
import { PainPointListCompact } from "@/components/pain-points/pain-point-list-compact";
import { EvidenceCitedByCard } from "@/components/statements/evidence-cited-by-card";
import { ImpactIndicator, StanceBadge, StatusBadge } from "@/components/peps/pep-badges";
import { Badge } from "@/components/ui/badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonStyles } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { UserText } from "@/components/ui/user-text";
import { getCurrentActor } from "@/lib/auth/current-user";
import { listSessionsMentioningPep } from "@/lib/notes/list-sessions-mentioning-pep";
import { listPainPointsForPep } from "@/lib/pain-points/list-pain-points-for-pep";
import { getPepDetails, type PepDetails } from "@/lib/peps/get-pep-details";
import { getPepTitle } from "@/lib/peps/get-pep-title";
import { listStatementsCiting } from "@/lib/statements/evidence/list-statements-citing";
import { parsePepNumber } from "@/lib/peps/schemas";
import { parsePepDate } from "@/lib/peps/pep-index";
import { missingPep } from "@/lib/site/missing-page";
import { affectedGroups, isClosedStatus, typeLabels, type AffectedGroup } from "@/lib/peps/vocabulary";
import { formatDate, formatDateTimeUtc } from "@/lib/ui/format";
import { RelevanceButton } from "./_components/relevance-button";
import { WatchButton } from "./_components/watch-button";

type Params = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const raw = (await params).number;
  const number = parsePepNumber(raw);
  const title = number === null ? null : await getPepTitle(number);
  return { title: title ? `PEP ${number}: ${title}` : missingPep(raw).title };
}

export default async function PepPage({ params }: Params) {
  const number = parsePepNumber((await params).number);
  if (number === null) notFound();
  const actor = await getCurrentActor();
  const pep = await getPepDetails({ actor, number });
  if (!pep) notFound();

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/peps", label: "PEP tracker" }]} current={`PEP ${pep.number}`} />

      <header className="space-y-4 border-b border-line pb-6">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-semibold text-primary">PEP {pep.number}</span>
          <StatusBadge status={pep.status} />
          <Badge>{typeLabels[pep.type]}</Badge>
          {pep.topics.map((topic) => (
            <Badge key={topic}>{topic}</Badge>
          ))}
          {pep.isHpcRelevant ? <Badge tone="brand">HPC-relevant</Badge> : null}
        </div>
        <h1 className="max-w-4xl text-2xl font-semibold tracking-tight text-balance sm:text-3xl">{pep.title}</h1>
        <div className="flex flex-wrap items-start gap-3">
          {pep.canWatch ? (
            <WatchButton pepNumber={pep.number} isWatching={pep.isWatching} watcherCount={pep.watcherCount} />
          ) : (
            <Link href={`/sign-in?callbackUrl=/peps/${pep.number}`} className={buttonStyles({ variant: "secondary", size: "sm" })}>
              Sign in to watch
            </Link>
          )}
          <a href={pep.url} className={buttonStyles({ variant: "secondary", size: "sm" })} rel="noopener noreferrer">
            Read on peps.python.org <ArrowUpRight aria-hidden className="size-4" />
          </a>
          {pep.canMarkRelevant ? <RelevanceButton pepNumber={pep.number} isRelevant={pep.isHpcRelevant} /> : null}
        </div>
      </header>

      <ClosedNotice pep={pep} />

      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <AssessmentCard pep={pep} />
          <LinkedPainPoints pepNumber={pep.number} />
          <SessionsMentioningPep pepNumber={pep.number} />
        </div>
        <aside className="space-y-6">
          <Metadata pep={pep} />
          <CitedByStatements pepNumber={pep.number} />
          <Timeline pep={pep} />
        </aside>
      </div>
    </div>
  );
}

const closedReasons: Partial<Record<PepDetails["status"], string>> = {
  Withdrawn: "Its authors withdrew it, so it will not be accepted as written.",
  Rejected: "It was turned down, so it will not be accepted as written.",
  Superseded: "A later PEP replaced it.",
};

/** A withdrawn, rejected or superseded PEP is history: say so before anything else, and where to go instead. */
function ClosedNotice({ pep }: { pep: PepDetails }) {
  if (!isClosedStatus(pep.status)) return null;
  const replacements = pep.supersededByPeps;
  return (
    <Notice tone="warning" title={`${pep.status} — this PEP is no longer in play`}>
      <p>
        {closedReasons[pep.status]} It stays here for the record{pep.assessment ? ", with the working group’s last assessment" : ""}.
      </p>
      {replacements.length ? (
        <p className="mt-1">
          {replacements.length === 1 ? "Replaced by " : "Replaced by these PEPs: "}
          {replacements.map((replacement, index) => (
            <span key={replacement.number}>
              {index > 0 ? ", " : null}
              <Link href={`/peps/${replacement.number}`}>PEP {replacement.number}</Link>
              {replacement.title ? ` (${replacement.title})` : null}
            </span>
          ))}
          .
        </p>
      ) : null}
    </Notice>
  );
}

function AssessmentCard({ pep }: { pep: PepDetails }) {
  const assessment = pep.assessment;
  if (!pep.isHpcRelevant && !assessment) {
    return (
      <Card>
        <CardBody className="py-6 text-sm text-muted">
          The working group has not marked this PEP as relevant to HPC, so it has no assessment.
          {pep.canMarkRelevant ? " Mark it HPC-relevant above to open one." : ""}
        </CardBody>
      </Card>
    );
  }
  return (
    <Card aria-labelledby="assessment-heading">
      <CardHeader>
        <CardTitle id="assessment-heading">The working group&rsquo;s assessment</CardTitle>
        <div className="flex flex-wrap gap-2">
          {pep.revisionCount > 1 ? (
            <Link href={`/peps/${pep.number}/assessment/history`} className={buttonStyles({ variant: "ghost", size: "sm" })}>
              <History aria-hidden className="size-4" /> History ({pep.revisionCount})
            </Link>
          ) : null}
          {pep.canAssess && assessment ? (
            <Link href={`/peps/${pep.number}/assessment/edit`} className={buttonStyles({ variant: "secondary", size: "sm" })}>
              <Pencil aria-hidden className="size-4" /> Edit assessment
            </Link>
          ) : null}
        </div>
      </CardHeader>
      {assessment ? (
        <CardBody className="space-y-5">
          {!pep.isHpcRelevant ? <p className="text-sm text-warning">No longer marked HPC-relevant; this is the last assessment.</p> : null}
          <dl className="grid gap-4 sm:grid-cols-3">
            <div>
              <dt className="text-xs font-semibold tracking-wide text-subtle uppercase">Impact on HPC users</dt>
              <dd className="mt-1.5">
                <ImpactIndicator impact={assessment.impact} className="text-sm" />
              </dd>
            </div>
            <div>
              <dt className="text-xs font-semibold tracking-wide text-subtle uppercase">Stance</dt>
              <dd className="mt-1.5">
                <StanceBadge stance={assessment.stance} />
              </dd>
            </div>
            <div>
              <dt className="text-xs font-semibold tracking-wide text-subtle uppercase">Areas</dt>
              <dd className="mt-1.5 flex flex-wrap gap-1.5">
                {pep.areas.length ? (
                  pep.areas.map((area) => (
                    <Link key={area.slug} href={`/areas/${area.slug}`} className="rounded-md bg-surface-muted px-2 py-0.5 text-xs text-ink hover:text-primary">
                      {area.name}
                    </Link>
                  ))
                ) : (
                  <span className="text-sm text-subtle">None yet</span>
                )}
              </dd>
            </div>
          </dl>
          <div>
            <p className="text-xs font-semibold tracking-wide text-subtle uppercase">Who is affected</p>
            <p className="mt-1.5 text-sm">{assessment.affected.length ? assessment.affected.map((group) => affectedGroups[group as AffectedGroup] ?? group).join(" · ") : <span className="text-subtle">Not stated yet</span>}</p>
          </div>
          {assessment.summary ? <Markdown source={assessment.summary} /> : <p className="text-sm text-subtle">No summary has been written yet.</p>}
          <p className="border-t border-line pt-3 text-xs text-subtle">
            {assessment.updatedBy ? (
              <>
                Last changed by <UserText className="font-medium text-muted">{assessment.updatedBy.name}</UserText> on{" "}
              </>
            ) : (
              "Opened on "
            )}
            <time dateTime={assessment.updatedAt.toISOString()}>{formatDateTimeUtc(assessment.updatedAt)}</time> · version {assessment.version}
          </p>
        </CardBody>
      ) : null}
    </Card>
  );
}

async function LinkedPainPoints({ pepNumber }: { pepNumber: number }) {
  const { items, total } = await listPainPointsForPep({ actor: await getCurrentActor(), pepNumber });
  if (total === 0) return <Slot icon={Activity} title="Pain points this PEP would address" empty="No pain points are linked to this PEP yet. Chairs link reports from the pain-point board." />;
  return (
    <Card aria-labelledby="pep-pain-points">
      <CardHeader>
        <CardTitle id="pep-pain-points" className="flex items-center gap-2">
          <Activity aria-hidden className="size-4 text-subtle" /> Pain points this PEP would address
        </CardTitle>
        <span className="text-sm text-subtle tabular-nums">{total}</span>
      </CardHeader>
      <CardBody>
        <PainPointListCompact items={items} />
      </CardBody>
    </Card>
  );
}

async function SessionsMentioningPep({ pepNumber }: { pepNumber: number }) {
  const sessions = await listSessionsMentioningPep({ actor: await getCurrentActor(), pepNumber });
  if (sessions.length === 0) return <Slot icon={CalendarDays} title="Sessions that discussed it" empty="No session notes mention this PEP yet." />;
  return (
    <Card aria-labelledby="pep-sessions">
      <CardHeader>
        <CardTitle id="pep-sessions" className="flex items-center gap-2">
          <CalendarDays aria-hidden className="size-4 text-subtle" /> Sessions that discussed it
        </CardTitle>
        <span className="text-sm text-subtle tabular-nums">{sessions.length}</span>
      </CardHeader>
      <CardBody>
        <ul className="divide-y divide-line">
          {sessions.map((session) => (
            <li key={session.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2.5 first:pt-0 last:pb-0">
              <Link href={`/sessions/${session.slug}/notes`} className="font-medium text-primary hover:underline">
                <UserText>{session.title}</UserText>
              </Link>
              <span className="text-sm text-subtle tabular-nums">{formatDate(session.startsAt)}</span>
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}

async function CitedByStatements({ pepNumber }: { pepNumber: number }) {
  return <EvidenceCitedByCard statements={await listStatementsCiting({ actor: await getCurrentActor(), pepNumber })} isCompact={false} />;
}

function Slot({ icon: Icon, title, empty }: { icon: typeof Activity; title: string; empty: string }) {
  return (
    <section className="rounded-xl border border-dashed border-line-strong bg-surface/60 px-5 py-4">
      <h2 className="flex items-center gap-2 text-sm font-semibold">
        <Icon aria-hidden className="size-4 text-subtle" /> {title}
      </h2>
      <p className="mt-1 text-sm text-subtle">{empty}</p>
    </section>
  );
}

function PepLinks({ peps }: { peps: PepDetails["requiresPeps"] }) {
  return (
    <ul className="space-y-1">
      {peps.map((related) => (
        <li key={related.number}>
          <Link href={`/peps/${related.number}`} className="font-medium text-primary hover:underline">
            PEP {related.number}
          </Link>
          {related.title ? <span className="text-muted"> — {related.title}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function Metadata({ pep }: { pep: PepDetails }) {
  const rows: [string, ReactNode][] = [
    ["Authors", pep.authorNames.join(", ") || pep.authors],
    ["Created", pep.createdOn ? formatDate(pep.createdOn) : "—"],
    ["Python version", pep.pythonVersions.join(", ") || "—"],
    [
      "Discussion",
      pep.discussion ? (
        pep.discussion.url ? (
          <a href={pep.discussion.url} className="break-all text-primary hover:underline" rel="noopener noreferrer">
            {pep.discussion.label}
          </a>
        ) : (
          pep.discussion.label
        )
      ) : (
        "—"
      ),
    ],
    [
      "Resolution",
      pep.resolutionLinks.length ? (
        <ul>
          {pep.resolutionLinks.map((link) => (
            <li key={link.label}>
              {link.url ? (
                <a href={link.url} className="text-primary hover:underline" rel="noopener noreferrer">
                  {parsePepDate(link.label) ? formatDate(parsePepDate(link.label)!) : link.label}
                </a>
              ) : (
                link.label
              )}
            </li>
          ))}
        </ul>
      ) : (
        "—"
      ),
    ],
  ];
  if (pep.requiresPeps.length) rows.push(["Requires", <PepLinks key="r" peps={pep.requiresPeps} />]);
  if (pep.replacesPeps.length) rows.push(["Replaces", <PepLinks key="p" peps={pep.replacesPeps} />]);
  if (pep.supersededByPeps.length) rows.push(["Superseded by", <PepLinks key="s" peps={pep.supersededByPeps} />]);

  return (
    <Card>
      <CardHeader>
        <CardTitle>About this PEP</CardTitle>
      </CardHeader>
      <CardBody>
        <dl className="space-y-3 text-sm">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs font-semibold tracking-wide text-subtle uppercase">{label}</dt>
              <dd className="mt-0.5">{value}</dd>
            </div>
          ))}
        </dl>
      </CardBody>
    </Card>
  );
}

/**
 * What is known of the PEP's history: dates from its own headers (created,
 * posted for discussion, resolved) and the status changes the hub's syncs saw.
 */
function Timeline({ pep }: { pep: PepDetails }) {
  type Event = { key: string; date: Date; label: ReactNode; isChange?: boolean };
  const events: Event[] = [];
  if (pep.createdOn) events.push({ key: "created", date: pep.createdOn, label: "Created" });
  for (const [index, post] of pep.postHistoryLinks.entries()) {
    const date = parsePepDate(post.label);
    if (date) {
      events.push({
        key: `post-${index}`,
        date,
        label: post.url ? (
          <a href={post.url} className="text-primary hover:underline" rel="noopener noreferrer">
            Posted for discussion
          </a>
        ) : (
          "Posted for discussion"
        ),
      });
    }
  }
  for (const [index, resolution] of pep.resolutionLinks.entries()) {
    const date = parsePepDate(resolution.label);
    if (date) events.push({ key: `resolution-${index}`, date, label: "Resolved" });
  }
  const firstStatus = pep.statusChanges.at(-1)?.fromStatus ?? pep.status;
  events.push({ key: "first-seen", date: pep.firstSeenAt, label: `First seen by the hub as ${firstStatus}` });
  for (const change of pep.statusChanges) {
    events.push({
      key: change.id,
      date: change.seenAt,
      isChange: true,
      label: change.fromStatus ? (
        <>
          Status <span className="font-medium">{change.fromStatus}</span> → <span className="font-medium">{change.toStatus}</span>
        </>
      ) : (
        <>Appeared in the index as {change.toStatus}</>
      ),
    });
  }
  events.sort((a, b) => b.date.getTime() - a.date.getTime());

  return (
    <Card>
      <CardHeader>
        <CardTitle>Timeline</CardTitle>
      </CardHeader>
      <CardBody>
        <ol className="relative space-y-4 border-l border-line pl-5 text-sm" aria-label="Status timeline, newest first">
          {events.map((event) => (
            <li key={event.key} className="relative" data-testid={event.isChange ? "status-change" : undefined}>
              <span aria-hidden className={`absolute top-1.5 -left-[1.56rem] size-2.5 rounded-full border-2 border-surface ${event.isChange ? "bg-primary" : "bg-line-strong"}`} />
              <p>{event.label}</p>
              <time dateTime={event.date.toISOString()} className="text-xs text-subtle">
                {formatDate(event.date)}
              </time>
            </li>
          ))}
        </ol>
      </CardBody>
    </Card>
  );
}

import { EyeOff, GitMerge, History, Layers, Link2, MessageCircleQuestion, Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Markdown } from "@/components/markdown/markdown";
import { ImportTimeEvidence } from "@/components/pain-points/import-time-evidence";
import { PainStatusBadge, SeverityBadge } from "@/components/pain-points/pain-point-badges";
import { EvidenceCitedByCard } from "@/components/statements/evidence-cited-by-card";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonStyles } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { UserText } from "@/components/ui/user-text";
import { getCurrentUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { describeAffected } from "@/lib/pain-points/describe-affected";
import { getPainPoint, type PainPointDetails } from "@/lib/pain-points/get-pain-point";
import { getLastContext } from "@/lib/pain-points/get-last-context";
import { contextFieldOrder, contextLabels, describeContextValue, statusLabels } from "@/lib/pain-points/vocabulary";
import { missingPainPoint } from "@/lib/site/missing-page";
import { listStatementsCiting } from "@/lib/statements/evidence/list-statements-citing";
import { formatDate, formatDateTimeUtc } from "@/lib/ui/format";
import { AffectedCard } from "./_components/affected-card";
import { CommentThread } from "./_components/comment-thread";
import { FlagForm } from "./_components/flag-form";
import { LinkedPeps } from "./_components/linked-peps";
import { TriagePanel } from "./_components/triage-panel";
import { UpstreamLinks } from "./_components/upstream-links";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const parseId = (value: string) => (/^\d{1,9}$/.test(value) ? Number(value) : null);

async function load(params: Params["params"]) {
  const id = parseId((await params).id);
  if (id === null) return { id: null, user: null, lookup: { kind: "missing" as const } };
  const user = await getCurrentUser();
  return { id, user, lookup: await getPainPoint({ actor: actorFor(user), id }) };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lookup } = await load(params);
  return { title: lookup.kind === "found" ? `#${lookup.painPoint.id} ${lookup.painPoint.title}` : lookup.kind === "missing" ? missingPainPoint((await params).id).title : "Pain point" };
}

export default async function PainPointPage({ params, searchParams }: Params) {
  const { id, user, lookup } = await load(params);
  if (lookup.kind === "duplicate") redirect(`/pain-points/${lookup.originalId}?merged=${id}`);
  if (lookup.kind === "missing") notFound();
  const report = lookup.painPoint;
  const query = await searchParams;
  const lastContext = await getLastContext({ actor: actorFor(user) });
  const summary = describeAffected(report.affected);

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/pain-points", label: "Pain points" }]} current={`#${report.id}`} />

      {query.reported ? (
        <Notice tone="success" title="Thank you — your report is in">
          Others can now say it affects them too, and the chairs will triage it.
        </Notice>
      ) : null}
      {query.edited ? <Notice tone="success" title="Your changes are saved" /> : null}
      {/* Only a report number: the address is anyone's to write, and the notice must not say what they typed. */}
      {typeof query.merged === "string" && /^\d{1,9}$/.test(query.merged) ? (
        <Notice tone="info" title={`Report #${query.merged} was merged into this one`}>
          It described the same problem; its “affects me too” votes and followers are counted here now.
        </Notice>
      ) : null}
      {report.isHidden ? (
        <Notice tone="warning" title="Hidden from everyone but chairs">
          {report.hiddenReason}
          {report.hiddenBy?.name ? (
            <>
              {" "}
              — <UserText>{report.hiddenBy.name}</UserText>
            </>
          ) : null}
          {report.hiddenAt ? `, ${formatDate(report.hiddenAt)}` : ""}
        </Notice>
      ) : null}
      {report.status === "DUPLICATE" && report.duplicateOfId ? (
        <Notice tone="info" title="Duplicate">
          Merged into <Link href={`/pain-points/${report.duplicateOfId}`}>report #{report.duplicateOfId}</Link>; visitors are sent there.
        </Notice>
      ) : null}

      <header className="space-y-3 border-b border-line pb-6">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-semibold text-primary">#{report.id}</span>
          <PainStatusBadge status={report.status} />
          <SeverityBadge severity={report.severity} />
          {report.areas.map((area) => (
            <Link key={area.slug} href={`/areas/${area.slug}`} className="chip hover:text-primary">
              {area.name}
            </Link>
          ))}
        </div>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="max-w-4xl text-2xl font-semibold tracking-tight text-balance sm:text-3xl">
            <UserText>{report.title}</UserText>
          </h1>
          {report.permissions.canEdit ? (
            <Link href={`/pain-points/${report.id}/edit`} className={buttonStyles({ variant: "secondary", size: "sm" })}>
              <Pencil aria-hidden className="size-4" /> Edit
            </Link>
          ) : null}
        </div>
        <p className="text-sm text-muted">
          Reported {formatDate(report.createdAt)}
          {report.reporterName ? (
            <>
              {" "}
              by <UserText className="font-medium text-ink">{report.reporterName}</UserText>
              {report.isReporterNamePrivate ? <span className="text-xs text-subtle"> (name shown to chairs only)</span> : null}
            </>
          ) : (
            " by someone who chose not to be named"
          )}
        </p>
        {report.raisedIn ? <RaisedIn raisedIn={report.raisedIn} /> : null}
      </header>

      {/* On phones "who it affects" comes first (it is the main thing to do here); on wide screens it heads the side column. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr]">
        <div className="lg:col-start-2 lg:row-start-1">
          <AffectedCard
            painPointId={report.id}
            summary={summary}
            isAffected={Boolean(report.myVote)}
            myContext={report.myVote}
            lastContext={lastContext}
            canMark={report.permissions.canMarkAffected}
            isMine={report.isMine}
            isSignedIn={Boolean(user)}
          />
        </div>
        <div className="min-w-0 space-y-8 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <section aria-label="Description">
            <Markdown source={report.description} />
            {report.permissions.canFlag ? (
              <div className="mt-4">
                <FlagForm painPointId={report.id} />
              </div>
            ) : null}
          </section>

          {report.evidence.map((evidence) => (
            <section key={evidence.id} aria-labelledby={`evidence-${evidence.id}`} className="space-y-3">
              <h2 id={`evidence-${evidence.id}`} className="text-lg font-semibold">
                Evidence: start-up imports
              </h2>
              <ImportTimeEvidence profile={evidence.parsed} />
            </section>
          ))}

          <CommentThread painPointId={report.id} comments={report.comments} renderedBodies={Object.fromEntries(report.comments.map((comment) => [comment.id, comment.body ? <Markdown source={comment.body} /> : null]))} canComment={report.permissions.canComment} canModerate={report.permissions.canModerate} canFlag={report.permissions.canFlag} />
        </div>

        <aside className="space-y-6 lg:col-start-2 lg:row-start-2">
          {report.permissions.canTriage ? <TriagePanel painPointId={report.id} status={report.status} isHidden={report.isHidden} /> : null}
          <ContextCard report={report} />
          <SideCard icon={<Layers aria-hidden className="size-4 text-subtle" />} title="PEPs that would address it">
            <LinkedPeps painPointId={report.id} peps={report.peps} canUnlink={report.permissions.canTriage} />
          </SideCard>
          <SideCard icon={<Link2 aria-hidden className="size-4 text-subtle" />} title="Discussed upstream">
            <UpstreamLinks painPointId={report.id} links={report.links} canAdd={report.permissions.canAddLink} />
          </SideCard>
          <EvidenceCitedByCard statements={await listStatementsCiting({ actor: actorFor(user), painPointId: report.id })} />
          <StatusHistory report={report} />
        </aside>
      </div>
    </div>
  );
}

function SideCard({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2 text-sm">
          {icon} {title}
        </CardTitle>
      </CardHeader>
      <CardBody>{children}</CardBody>
    </Card>
  );
}

function ContextCard({ report }: { report: PainPointDetails }) {
  const rows = contextFieldOrder.map((field) => [field, field === "site" || field === "pythonVersion" ? report[field] : describeContextValue(field, report[field])] as const).filter(([, value]) => value);
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-sm">Where the reporter meets it</CardTitle>
      </CardHeader>
      <CardBody>
        {rows.length === 0 ? (
          <p className="text-sm text-subtle">No context given.</p>
        ) : (
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
            {rows.map(([field, value]) => (
              <div key={field} className="contents">
                <dt className="text-subtle">{contextLabels[field]}</dt>
                <dd className="font-medium break-words">{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </CardBody>
    </Card>
  );
}

function StatusHistory({ report }: { report: PainPointDetails }) {
  return (
    <SideCard icon={<History aria-hidden className="size-4 text-subtle" />} title="History">
      <ol className="relative space-y-4 border-l border-line pl-5 text-sm" aria-label="Status history, oldest first">
        {report.statusChanges.map((change) => (
          <li key={change.id} className="relative" data-testid="status-change">
            <span aria-hidden className="absolute top-1.5 -left-[1.56rem] size-2.5 rounded-full border-2 border-surface bg-primary" />
            <p>
              {change.fromStatus ? (
                <>
                  {statusLabels[change.fromStatus]} → <span className="font-medium">{statusLabels[change.toStatus]}</span>
                </>
              ) : (
                <span className="font-medium">Reported</span>
              )}
              {change.duplicateOfId ? (
                <>
                  {" "}
                  <GitMerge aria-hidden className="inline size-3.5" /> into <Link href={`/pain-points/${change.duplicateOfId}`}>#{change.duplicateOfId}</Link>
                </>
              ) : null}
            </p>
            {change.fromStatus ? <p className="text-muted">“{change.reason}”</p> : null}
            <p className="text-xs text-subtle">
              {change.changedBy?.name ? (
                <>
                  <UserText>{change.changedBy.name}</UserText> ·{" "}
                </>
              ) : null}
              <time dateTime={change.createdAt.toISOString()}>{formatDateTimeUtc(change.createdAt)}</time>
            </p>
          </li>
        ))}
      </ol>
      {report.isHidden ? (
        <p className="mt-3 flex items-center gap-1.5 text-xs text-danger">
          <EyeOff aria-hidden className="size-3.5" /> Hidden
        </p>
      ) : null}
    </SideCard>
  );
}

/** Where a chair filed the report from: the session (linked), and who asked the question it was made from. */
function RaisedIn({ raisedIn }: { raisedIn: NonNullable<PainPointDetails["raisedIn"]> }) {
  const sessionPath = `/sessions/${raisedIn.session.slug}`;
  return (
    <p className="flex items-start gap-2 text-sm text-muted" data-testid="raised-in">
      <MessageCircleQuestion aria-hidden className="mt-0.5 size-4 shrink-0 text-subtle" />
      <span className="min-w-0 break-words">
        Raised in{" "}
        <Link href={sessionPath} className="font-medium text-primary hover:underline">
          <UserText>{raisedIn.session.title}</UserText>
        </Link>
        {raisedIn.questionId !== null ? (
          <>
            {" "}
            <span aria-hidden>·</span>{" "}
            <Link href={`${sessionPath}#question-${raisedIn.questionId}`} className="hover:text-ink hover:underline">
              {raisedIn.askerName ? (
                <>
                  asked by <UserText className="font-medium text-ink">{raisedIn.askerName}</UserText>
                </>
              ) : (
                "asked anonymously"
              )}
            </Link>
          </>
        ) : null}
      </span>
    </p>
  );
}

import { Download, History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown/markdown";
import { StatusBadge } from "@/components/peps/pep-badges";
import { StatementCommentsPanel } from "@/components/statements/statement-comments";
import { StatementEditor } from "@/components/statements/statement-editor";
import { ReleaseDeadlines, StageBadge, StageSteps, stageLabels, targetLabel } from "@/components/statements/statement-parts";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonStyles } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { UserText } from "@/components/ui/user-text";
import { listAreas } from "@/lib/areas/get-area";
import { getCurrentActor } from "@/lib/auth/current-user";
import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import { isAppError } from "@/lib/errors";
import { formatDay } from "@/lib/membership/records";
import { getPepHeadline } from "@/lib/peps/get-pep-headline";
import { can, type Actor } from "@/lib/permissions";
import { getReleaseSchedule, upcomingMilestones } from "@/lib/release-schedule/release-schedule";
import { listStatementComments } from "@/lib/statements/comments/list-statement-comments";
import { getStatement } from "@/lib/statements/get-statement";
import { earliestVoteClose } from "@/lib/statements/open-vote";
import type { StatementView } from "@/lib/statements/records";
import { formatDateTimeUtc } from "@/lib/ui/format";
import {
  closeVoteAction,
  editStatementDetailsAction,
  followStatementAction,
  openVoteAction,
  publishStatementAction,
  returnToReviewAction,
  startReviewAction,
  unfollowStatementAction,
  withdrawStatementAction,
} from "../actions";
import { StatementDetailsForm } from "../_components/statement-details-form";
import { createCommentAction, reopenCommentAction, replyToCommentAction, resolveCommentAction } from "./comment-actions";
import { EndorsementSection } from "./_components/endorsement-section";
import { EvidenceSection } from "./_components/evidence-section";
import { ObjectionsSection } from "./_components/objections-section";
import { ButtonForm, OpenVoteForm, ReasonForm } from "./_components/statement-forms";
import { VoteSection } from "./_components/vote-section";

type Params = { params: Promise<{ slug: string }> };

const commentActions = { create: createCommentAction, reply: replyToCommentAction, resolve: resolveCommentAction, reopen: reopenCommentAction };

/** The statement the actor may read, or null for one that does not exist for them (a draft for a visitor). */
async function readStatement(actor: Actor, slug: string) {
  try {
    return await getStatement({ actor, input: { slug } });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const statement = await readStatement(await getCurrentActor(), slug);
  if (!statement) return { title: "Statement not found" };
  return { title: statement.title, description: statement.summary, robots: statement.stage === "PUBLISHED" ? undefined : { index: false } };
}

export default async function StatementPage({ params }: Params) {
  const { slug } = await params;
  const actor = await getCurrentActor();
  const statement = await readStatement(actor, slug);
  if (!statement) notFound();
  const isMember = can(actor, "statements.readDrafts");
  const [areas, pep, schedule, charter, comments] = await Promise.all([
    listAreas(),
    statement.targetPep ? getPepHeadline(statement.targetPep) : null,
    getReleaseSchedule(),
    getCharterSettings(),
    isMember ? listStatementComments({ actor, input: { slug } }) : null,
  ]);
  const areaNames = new Map(areas.map((area) => [area.slug, area.name]));
  const isChair = can(actor, "statements.manageVote");
  const isEditable = statement.stage === "DRAFT" || statement.stage === "REVIEW";
  const textHeader = (
    <div className="flex flex-wrap items-baseline justify-between gap-3">
      <h2 id="text-heading" className="text-lg font-semibold tracking-tight">
        The text
      </h2>
      <p className="text-xs text-subtle">
        {statement.publishedVersionNumber ? `Published as version ${statement.publishedVersionNumber}` : `${statement.textVersionCount} kept ${statement.textVersionCount === 1 ? "version" : "versions"}`}
        {statement.textChangedAt ? ` · last changed ${formatDateTimeUtc(statement.textChangedAt)}` : ""}
      </p>
    </div>
  );

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/statements", label: "Statements" }]} current={statement.title} />
      <header className="space-y-4 border-b border-line pb-6">
        <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
          <StageBadge stage={statement.stage} data-testid="statement-stage" />
          <span>
            To{" "}
            {statement.targetPep ? (
              <Link href={`/peps/${statement.targetPep}`} className="font-medium text-primary hover:underline">
                PEP {statement.targetPep}
              </Link>
            ) : (
              <UserText>{targetLabel(statement)}</UserText>
            )}
          </span>
          <span aria-hidden>·</span>
          <span>{statement.areas.map((area) => areaNames.get(area) ?? area).join(" · ")}</span>
        </div>
        <h1 className="max-w-4xl text-2xl font-semibold tracking-tight text-balance sm:text-3xl">
          <UserText>{statement.title}</UserText>
        </h1>
        <StageSteps stage={statement.stage} />
        <div className="max-w-3xl text-base text-muted">
          <Markdown source={statement.summary} />
        </div>
      </header>

      <StageNotices statement={statement} />

      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-8">
          {comments && isEditable ? (
            <StatementEditor statementId={statement.id} slug={statement.slug} canEdit={can(actor, "statements.edit")} initialMarkdown={statement.markdown} textHeader={textHeader} comments={comments} commentActions={commentActions} />
          ) : (
            <>
              <section aria-labelledby="text-heading" className="space-y-3">
                {textHeader}
                <Card>
                  <CardBody>{statement.markdown.trim() ? <Markdown source={statement.markdown} /> : <p className="text-sm text-muted">The text is empty so far.</p>}</CardBody>
                </Card>
              </section>
              {comments ? <StatementCommentsPanel slug={statement.slug} comments={comments} actions={commentActions} /> : null}
            </>
          )}

          {statement.currentRound ? <VoteSection actor={actor} slug={statement.slug} /> : null}
          <ObjectionsSection actor={actor} slug={statement.slug} isChair={isChair} isFinal={statement.stage === "PUBLISHED" || statement.stage === "WITHDRAWN"} />
          {statement.stage === "PUBLISHED" ? <EndorsementSection slug={statement.slug} actor={actor} /> : null}
          <StageHistory statement={statement} />
        </div>

        <aside className="min-w-0 space-y-6" aria-label="About this statement">
          {isChair && statement.stage !== "PUBLISHED" && statement.stage !== "WITHDRAWN" ? (
            <ChairSteps statement={statement} earliestClose={statement.reviewStartedAt ? formatDateTimeUtc(earliestVoteClose(statement.reviewStartedAt, charter.minReviewDays)) : `${charter.minReviewDays} days after review starts`} />
          ) : null}

          {statement.targetPep ? (
            <Card>
              <CardHeader>
                <CardTitle>Deadlines</CardTitle>
              </CardHeader>
              <CardBody className="space-y-3">
                {pep ? (
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <Link href={`/peps/${pep.number}`} className="font-medium text-primary hover:underline">
                      PEP {pep.number}
                    </Link>
                    <StatusBadge status={pep.status} />
                    <span className="text-muted">{pep.title}</span>
                  </p>
                ) : null}
                <ReleaseDeadlines milestones={upcomingMilestones(schedule)} />
              </CardBody>
            </Card>
          ) : null}

          <EvidenceSection statementId={statement.id} actor={actor} />

          <Card>
            <CardHeader>
              <CardTitle>Details</CardTitle>
            </CardHeader>
            <CardBody className="space-y-4 text-sm">
              <dl className="space-y-2">
                <div>
                  <dt className="text-muted">Drafted by</dt>
                  <dd>
                    <UserText>{statement.authors.map((author) => author.name).join(", ") || "—"}</UserText>
                  </dd>
                </div>
                <div>
                  <dt className="text-muted">Started</dt>
                  <dd>{formatDay(statement.createdAt)}</dd>
                </div>
                {statement.publishedAt ? (
                  <div>
                    <dt className="text-muted">Published</dt>
                    <dd>{formatDay(statement.publishedAt)}</dd>
                  </div>
                ) : null}
              </dl>
              <div className="flex flex-wrap gap-2">
                {isMember ? (
                  <Link href={`/statements/${statement.slug}/versions`} className={buttonStyles({ variant: "secondary", size: "sm" })}>
                    <History aria-hidden className="size-4" /> Versions
                  </Link>
                ) : null}
                {statement.stage === "PUBLISHED" ? (
                  <a href={`/statements/${statement.slug}/export.md`} className={buttonStyles({ variant: "secondary", size: "sm" })} download>
                    <Download aria-hidden className="size-4" /> Markdown for the forum
                  </a>
                ) : null}
              </div>
              {isMember ? (
                <ButtonForm
                  action={statement.isFollowing ? unfollowStatementAction : followStatementAction}
                  hidden={{ slug: statement.slug }}
                  label={statement.isFollowing ? "Stop following" : "Follow this statement"}
                  variant="ghost"
                />
              ) : null}
            </CardBody>
          </Card>

          {can(actor, "statements.edit") && isEditable ? (
            <Card>
              <details className="group">
                <summary className="cursor-pointer list-none px-5 py-4 text-base font-semibold tracking-tight">
                  Edit title, target and summary <span className="text-sm font-normal text-primary group-open:hidden">Show</span>
                </summary>
                <div className="border-t border-line px-5 py-4">
                  <StatementDetailsForm
                    action={editStatementDetailsAction}
                    areas={areas.map(({ slug: areaSlug, name }) => ({ slug: areaSlug, name }))}
                    values={{ title: statement.title, target: statement.target, targetPep: statement.targetPep, targetBody: statement.targetBody, areas: statement.areas, summary: statement.summary }}
                    hidden={{ slug: statement.slug, version: String(statement.version) }}
                    submitLabel="Save details"
                  />
                </div>
              </details>
            </Card>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

/** What the stage means for the reader right now. */
function StageNotices({ statement }: { statement: StatementView }) {
  const round = statement.currentRound;
  return (
    <>
      {statement.stage === "WITHDRAWN" ? (
        <Notice tone="warning" title="This statement was withdrawn">
          It is kept for the record{statement.withdrawnAt ? ` (withdrawn ${formatDay(statement.withdrawnAt)})` : ""}; the reason is in its history below.
        </Notice>
      ) : null}
      {statement.supersededBy ? (
        <Notice tone="info" title="Superseded">
          The group has replaced this statement with <Link href={`/statements/${statement.supersededBy.slug}`}>{statement.supersededBy.title}</Link>.
        </Notice>
      ) : null}
      {statement.supersedes.length ? (
        <Notice tone="info" title="Replaces an earlier statement">
          {statement.supersedes.map((older, index) => (
            <span key={older.slug}>
              {index ? ", " : ""}
              <Link href={`/statements/${older.slug}`}>{older.title}</Link>
            </span>
          ))}
        </Notice>
      ) : null}
      {statement.stage === "VOTE" && round ? (
        <Notice tone="info" title={round.isOpen && !round.isPastDeadline ? `The vote closes ${formatDateTimeUtc(round.closesAt)}` : "The vote's deadline has passed"}>
          The text is frozen while the group votes on version {round.textVersionNumber}. Going back to review makes it editable again; votes cast so far then count only once reconfirmed.
        </Notice>
      ) : null}
    </>
  );
}

/** A chair's next steps from here, each with the reason the others will read. */
function ChairSteps({ statement, earliestClose }: { statement: StatementView; earliestClose: string }) {
  const round = statement.currentRound;
  const hidden = { slug: statement.slug };
  return (
    <Card data-testid="chair-steps">
      <CardHeader>
        <CardTitle>Chairs</CardTitle>
      </CardHeader>
      <CardBody className="space-y-5">
        {statement.stage === "DRAFT" ? <ReasonForm action={startReviewAction} id="step-review" hidden={hidden} label="Put it up for review, with a reason" submitLabel="Start the review" variant="primary" /> : null}
        {statement.stage === "REVIEW" ? <OpenVoteForm action={openVoteAction} slug={statement.slug} earliestClose={earliestClose} /> : null}
        {statement.stage === "VOTE" && round ? (
          <>
            {round.isOpen && round.isPastDeadline ? <ButtonForm action={closeVoteAction} hidden={hidden} label="Close the vote and record the result" variant="primary" /> : null}
            {round.isOpen && !round.isPastDeadline ? <p className="text-sm text-muted">The vote can be closed from {formatDateTimeUtc(round.closesAt)}.</p> : null}
            {round.outcome === "PASSED" ? <ReasonForm action={publishStatementAction} id="step-publish" hidden={hidden} label="Publish, with a note for the record" submitLabel="Publish" variant="primary" /> : null}
            {round.outcome === "FAILED" ? <p className="text-sm text-muted">The vote did not pass. Return it to review to improve the text, or withdraw it.</p> : null}
            <ReasonForm action={returnToReviewAction} id="step-back" hidden={hidden} label="Back to review, with a reason" submitLabel="Return to review" />
          </>
        ) : null}
        <ReasonForm action={withdrawStatementAction} id="step-withdraw" hidden={hidden} label="Withdraw, with a reason" submitLabel="Withdraw" variant="danger" />
      </CardBody>
    </Card>
  );
}

function StageHistory({ statement }: { statement: StatementView }) {
  if (statement.stageHistory.length === 0) return null;
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-lg font-semibold tracking-tight">
        How it got here
      </h2>
      <ol className="space-y-3 border-l border-line pl-5">
        {statement.stageHistory.map((change) => (
          <li key={change.id} className="relative text-sm">
            <span aria-hidden className="absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full bg-primary" />
            <p>
              <span className="font-medium">
                {stageLabels[change.fromStage]} → {stageLabels[change.toStage]}
              </span>{" "}
              <span className="text-muted">
                by <UserText>{change.changedByName}</UserText>, {formatDateTimeUtc(change.createdAt)}
              </span>
            </p>
            <div className="mt-1 text-muted">
              <Markdown source={change.reason} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

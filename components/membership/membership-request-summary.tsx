import { Markdown } from "@/components/markdown/markdown";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { UserText } from "@/components/ui/user-text";
import type { MembershipRequestView } from "@/lib/membership/records";
import { affiliationKindLabels, type AffiliationKind } from "@/lib/membership/schemas";
import { formatDateTimeUtc } from "@/lib/ui/format";

const statusBadges: Record<MembershipRequestView["status"], { label: string; tone: BadgeTone }> = {
  PENDING: { label: "Waiting for the chairs", tone: "warning" },
  APPROVED: { label: "Approved", tone: "success" },
  DECLINED: { label: "Declined", tone: "danger" },
  WITHDRAWN: { label: "Withdrawn", tone: "neutral" },
};

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });
export const countryName = (code: string) => countryNames.of(code) ?? code;

export function MembershipStatusBadge({ status }: { status: MembershipRequestView["status"] }) {
  const { label, tone } = statusBadges[status];
  return <Badge tone={tone}>{label}</Badge>;
}

/** What a request says, its decision and its thread, as the person who sent it and the chairs see it. */
export function MembershipRequestSummary({ request, areaNames }: { request: MembershipRequestView; areaNames: Map<string, string> }) {
  return (
    <div className="space-y-4 text-sm">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_minmax(0,1fr)]">
        <dt className="text-muted">Affiliation</dt>
        <dd>
          <UserText>{request.affiliation}</UserText> ({affiliationKindLabels[request.affiliationKind as AffiliationKind] ?? request.affiliationKind}), <UserText>{request.roleAtAffiliation}</UserText>
        </dd>
        <dt className="text-muted">Country</dt>
        <dd>{countryName(request.country)}</dd>
        <dt className="text-muted">Areas</dt>
        <dd>{request.areas.map((slug) => areaNames.get(slug) ?? slug).join(", ")}</dd>
        {request.orcid ? (
          <>
            <dt className="text-muted">ORCID iD</dt>
            <dd>
              <a href={`https://orcid.org/${request.orcid}`} className="text-primary hover:underline" rel="noreferrer" target="_blank">
                {request.orcid}
              </a>
            </dd>
          </>
        ) : null}
        {request.githubHandle ? (
          <>
            <dt className="text-muted">GitHub</dt>
            <dd>
              <a href={`https://github.com/${request.githubHandle}`} className="text-primary hover:underline" rel="noreferrer" target="_blank">
                @{request.githubHandle}
              </a>
            </dd>
          </>
        ) : null}
        <dt className="text-muted">Public directory</dt>
        <dd>{request.isPublicListingConsented ? "May be listed publicly" : "Not listed publicly"}</dd>
        <dt className="text-muted">Sent</dt>
        <dd>{formatDateTimeUtc(request.createdAt)}</dd>
      </dl>
      <div className="space-y-1">
        <h3 className="font-semibold">Statement of interest</h3>
        <Markdown source={request.statementOfInterest} />
      </div>
      {request.conflictsOfInterest ? (
        <div className="space-y-1">
          <h3 className="font-semibold">Conflicts of interest</h3>
          <Markdown source={request.conflictsOfInterest} />
        </div>
      ) : null}
      {request.status === "DECLINED" && request.declineReason ? (
        <div className="space-y-1 rounded-lg border border-line bg-surface-muted p-3">
          <h3 className="font-semibold">Why it was declined</h3>
          <Markdown source={request.declineReason} />
        </div>
      ) : null}
      {request.decidedAt ? (
        <p className="text-muted">
          Decided {formatDateTimeUtc(request.decidedAt)}
          {request.deciderName ? (
            <>
              {" "}
              by <UserText>{request.deciderName}</UserText>
            </>
          ) : null}
          .
        </p>
      ) : null}
      {request.messages.length ? (
        <section aria-label="Questions and answers" className="space-y-2">
          <h3 className="font-semibold">Questions and answers</h3>
          <ol className="space-y-2">
            {request.messages.map((message) => (
              <li key={message.id} className={message.isFromRequester ? "rounded-lg border border-line bg-surface p-3 sm:ml-8" : "rounded-lg border border-line bg-primary-soft p-3 sm:mr-8"}>
                <p className="text-xs text-muted">
                  {message.isFromRequester ? "Answer" : "Question from the chairs"} · <UserText>{message.authorName}</UserText> · {formatDateTimeUtc(message.createdAt)}
                </p>
                <Markdown source={message.body} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProposalStatusBadge, proposalKindLabels } from "@/components/glossary/glossary-parts";
import { TermForm } from "@/components/glossary/term-form";
import { TermSenses } from "@/components/glossary/term-senses";
import { TextDiff } from "@/components/peps/text-diff";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { getGlossaryProposal } from "@/lib/glossary/get-glossary-proposal";
import { labelledSenses } from "@/lib/glossary/glossary-content";
import { termContentAsText } from "@/lib/glossary/term-text";
import { recordId } from "@/lib/validation/form-fields";
import { formatDateTimeUtc } from "@/lib/ui/format";
import { approveProposalAction } from "../../actions";
import { termFormChoices } from "../../_components/term-form-data";
import { DeclineProposalForm, WithdrawProposalForm } from "./_components/decision-forms";

export const metadata: Metadata = { title: "Glossary proposal", robots: { index: false } };

/**
 * One proposal: what it changes, shown as a diff against the term as it is
 * now; for a chair, the proposal in the term form to approve as sent or
 * edited, or a reason to decline; for the proposer, a way to withdraw it.
 */
export default async function GlossaryProposalPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, query, user] = await Promise.all([params, searchParams, requireUser()]);
  const actor = actorFor(user);
  const proposalId = recordId("proposal").safeParse(id);
  const proposal = proposalId.success ? await getGlossaryProposal({ actor, proposalId: proposalId.data }) : null;
  if (!proposal) notFound();
  const title = `${proposalKindLabels[proposal.kind]}: ${proposal.content.term}`;
  const isNewTerm = proposal.kind === "NEW_TERM";
  const before = proposal.current && !(isNewTerm && proposal.status === "APPROVED") ? termContentAsText(proposal.current.content) : "";

  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[
          { href: "/glossary", label: "Glossary" },
          { href: "/glossary/proposals", label: "Proposals" },
        ]}
        current={`Proposal ${proposal.id}`}
      />
      {query.sent ? <Notice tone="success">Sent. A chair reviews it; you are notified of the decision.</Notice> : null}
      <PageHeader
        eyebrow={<ProposalStatusBadge status={proposal.status} />}
        title={<UserText>{title}</UserText>}
        description={
          <span>
            Proposed by <UserText>{proposal.proposedBy.name ?? "someone"}</UserText> on {formatDateTimeUtc(proposal.createdAt)}
            {proposal.current && !isNewTerm ? (
              <>
                {" "}
                for{" "}
                <Link href={`/glossary/${proposal.current.slug}`} className="font-medium text-primary hover:underline">
                  the current entry
                </Link>
              </>
            ) : null}
            .
          </span>
        }
      />

      <Card>
        <CardHeader>
          <CardTitle>Why</CardTitle>
        </CardHeader>
        <CardBody>
          <p className="text-sm whitespace-pre-line">
            <UserText>{proposal.reason}</UserText>
          </p>
          {proposal.status === "DECLINED" && proposal.declineReason ? (
            <Notice tone="warning" title={`Declined${proposal.decidedBy?.name ? ` by ${proposal.decidedBy.name}` : ""}`} className="mt-4">
              <span className="whitespace-pre-line">
                <UserText>{proposal.declineReason}</UserText>
              </span>
            </Notice>
          ) : null}
          {proposal.status === "APPROVED" && proposal.current ? (
            <p className="mt-4 text-sm text-success">
              Approved{proposal.decidedBy?.name ? ` by ${proposal.decidedBy.name}` : ""}:{" "}
              <Link href={`/glossary/${proposal.current.slug}`} className="font-medium underline">
                see the entry
              </Link>
              .
            </p>
          ) : null}
        </CardBody>
      </Card>

      {proposal.isStale ? (
        <Notice tone="warning" title="The entry changed since this was proposed">
          It was written against version {proposal.baseVersion}; the entry is now at version {proposal.current!.version}. The comparison below is against the current version: approving puts this content over it.
        </Notice>
      ) : null}

      <section aria-labelledby="preview-heading" className="space-y-3">
        <h2 id="preview-heading" className="text-lg font-semibold">
          How the entry would read
        </h2>
        <TermSenses senses={labelledSenses(proposal.content.senses)} />
      </section>

      <section aria-labelledby="diff-heading" className="space-y-3">
        <h2 id="diff-heading" className="text-lg font-semibold">
          {isNewTerm ? "Everything proposed" : "What it changes"}
        </h2>
        <Card>
          <CardBody data-testid="proposal-diff">
            <TextDiff before={before} after={termContentAsText(proposal.content)} unchanged="It changes nothing in the current entry." />
          </CardBody>
        </Card>
      </section>

      {proposal.canDecide ? (
        <section aria-labelledby="decide-heading" className="space-y-6 rounded-xl border border-line bg-surface-muted/40 p-5">
          <h2 id="decide-heading" className="text-lg font-semibold">
            Decide
          </h2>
          <p className="text-sm text-muted">Approve as sent, or edit the fields first: the result is published as the entry&rsquo;s next version, credited to the proposer.</p>
          <TermForm
            action={approveProposalAction}
            initial={proposal.content}
            hidden={{ proposalId: proposal.id, termVersion: proposal.current && !isNewTerm ? proposal.current.version : "" }}
            ownSlug={proposal.current?.slug}
            {...await termFormChoices()}
            submitLabel="Approve and publish"
            cancelHref="/glossary/proposals"
          />
          <div className="border-t border-line pt-6">
            <DeclineProposalForm proposalId={proposal.id} />
          </div>
        </section>
      ) : null}
      {proposal.canWithdraw ? <WithdrawProposalForm proposalId={proposal.id} /> : null}
    </div>
  );
}

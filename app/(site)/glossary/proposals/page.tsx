import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ProposalStatusBadge, proposalKindLabels } from "@/components/glossary/glossary-parts";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { listGlossaryProposals } from "@/lib/glossary/list-glossary-proposals";
import { can } from "@/lib/permissions";
import { formatDate } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Glossary proposals", robots: { index: false } };

export default async function GlossaryProposalsPage() {
  const actor = actorFor(await requireUser());
  const proposals = await listGlossaryProposals({ actor });
  const isChair = can(actor, "glossary.curate");
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: "/glossary", label: "Glossary" }]} current="Proposals" />
      <PageHeader
        eyebrow="Glossary"
        title={isChair ? "Proposals" : "My proposals"}
        description={isChair ? "New terms, new senses and edits people sent. Approve as sent or with your edits, or decline with a reason the proposer reads." : "What you proposed for the glossary and what the chairs decided."}
      />
      {proposals.length === 0 ? (
        <EmptyState icon={Inbox} title={isChair ? "No proposals" : "You have not proposed anything yet"}>
          <p>{isChair ? "Proposals from signed-in people appear here." : "Propose a term, or suggest an edit on any term's page."}</p>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface shadow-xs" aria-label="Proposals">
          {proposals.map((proposal) => (
            <li key={proposal.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-4" data-testid={`proposal-${proposal.id}`}>
              <div className="min-w-0 space-y-1">
                <Link href={`/glossary/proposals/${proposal.id}`} className="font-medium hover:text-primary hover:underline">
                  {proposalKindLabels[proposal.kind]}: <UserText>{proposal.term}</UserText>
                </Link>
                <p className="text-xs text-muted">
                  {proposal.isOwn ? "By you" : <UserText>{`By ${proposal.proposedBy ?? "someone"}`}</UserText>} · {formatDate(proposal.createdAt)}
                </p>
              </div>
              <ProposalStatusBadge status={proposal.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

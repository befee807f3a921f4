import { Badge, type BadgeTone } from "@/components/ui/badge";
import { communityLabel, type CommunityKind, type GlossarySenseContent } from "@/lib/glossary/glossary-content";
import type { GlossaryProposalKind, GlossaryProposalStatus } from "@/lib/generated/prisma/enums";
import { cn } from "@/lib/ui/cn";

const communityTones: Record<CommunityKind, BadgeTone> = { hpc: "info", python: "accent", both: "neutral" };

/** Whose reading a sense is, in the colour every glossary view gives that community. */
export function CommunityBadge({ sense, className }: { sense: Pick<GlossarySenseContent, "community" | "subCommunity">; className?: string }) {
  return (
    <Badge tone={communityTones[sense.community]} className={className}>
      {communityLabel(sense)}
    </Badge>
  );
}

/** A one-line note: plain text whose `backtick` spans are code (notes are not full Markdown). */
export function NoteText({ note, className }: { note: string; className?: string }) {
  const parts = note.split(/(`[^`]+`)/g);
  return (
    <span className={className}>
      {parts.map((part, index) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 2 ? (
          <code key={index} className={cn("rounded bg-surface-muted px-1 py-0.5 font-mono text-[0.85em]")}>
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
    </span>
  );
}

export const proposalKindLabels: Record<GlossaryProposalKind, string> = { NEW_TERM: "New term", NEW_SENSE: "New sense", EDIT: "Edit" };
const proposalStatusLabels: Record<GlossaryProposalStatus, { label: string; tone: BadgeTone }> = {
  OPEN: { label: "Waiting for a chair", tone: "warning" },
  APPROVED: { label: "Approved", tone: "success" },
  DECLINED: { label: "Declined", tone: "danger" },
  WITHDRAWN: { label: "Withdrawn", tone: "neutral" },
};

export function ProposalStatusBadge({ status }: { status: GlossaryProposalStatus }) {
  return <Badge tone={proposalStatusLabels[status].tone}>{proposalStatusLabels[status].label}</Badge>;
}

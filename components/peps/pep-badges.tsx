import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Impact, PepStatus, Stance } from "@/lib/generated/prisma/enums";
import { impactLabels, stanceLabels, statusDescriptions } from "@/lib/peps/vocabulary";
import { cn } from "@/lib/ui/cn";

const statusTones: Record<PepStatus, BadgeTone> = {
  Draft: "warning",
  Accepted: "info",
  Provisional: "info",
  Active: "brand",
  Final: "success",
  Deferred: "neutral",
  Rejected: "danger",
  Withdrawn: "neutral",
  Superseded: "neutral",
};

export function StatusBadge({ status, className }: { status: PepStatus; className?: string }) {
  return (
    <Badge tone={statusTones[status]} className={className} title={`${status}: ${statusDescriptions[status]}`}>
      {status}
    </Badge>
  );
}

/** Impact as a coloured dot and a word, so colour is never the only signal. */
export function ImpactIndicator({ impact, className }: { impact: Impact; className?: string }) {
  return <span className={cn("impact", `impact-${impact.toLowerCase()}`, className)}>{impact === "UNKNOWN" ? impactLabels[impact] : `${impactLabels[impact]} impact`}</span>;
}

const stanceTones: Record<Stance, BadgeTone> = {
  SUPPORT: "success",
  SUPPORT_WITH_CONCERNS: "accent",
  OPPOSE: "danger",
  MONITORING: "info",
  UNDECIDED: "neutral",
};

export function StanceBadge({ stance, className }: { stance: Stance; className?: string }) {
  return (
    <Badge tone={stanceTones[stance]} className={className}>
      {stanceLabels[stance]}
    </Badge>
  );
}

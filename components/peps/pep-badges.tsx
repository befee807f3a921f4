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

const impactStyles: Record<Impact, { dot: string; text: string }> = {
  HIGH: { dot: "bg-danger", text: "text-ink" },
  MEDIUM: { dot: "bg-warning", text: "text-ink" },
  LOW: { dot: "bg-info", text: "text-ink" },
  NONE: { dot: "bg-line-strong", text: "text-muted" },
  UNKNOWN: { dot: "border border-line-strong bg-transparent", text: "text-subtle" },
};

/** Impact as a coloured dot and a word, so colour is never the only signal. */
export function ImpactIndicator({ impact, className }: { impact: Impact; className?: string }) {
  const style = impactStyles[impact];
  return (
    <span className={cn("inline-flex items-center gap-1.5 text-xs font-medium whitespace-nowrap", style.text, className)}>
      <span aria-hidden className={cn("size-2 rounded-full", style.dot)} />
      {impact === "UNKNOWN" ? impactLabels[impact] : `${impactLabels[impact]} impact`}
    </span>
  );
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

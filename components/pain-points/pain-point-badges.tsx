import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PainSeverity, PainStatus } from "@/lib/generated/prisma/enums";
import { severityLabels, statusLabels } from "@/lib/pain-points/vocabulary";

const statusTones: Record<PainStatus, BadgeTone> = {
  NEW: "info",
  CONFIRMED: "warning",
  LINKED_TO_PEP: "brand",
  ADDRESSED: "success",
  DUPLICATE: "neutral",
  WONT_FIX: "neutral",
};

export function PainStatusBadge({ status }: { status: PainStatus }) {
  return <Badge tone={statusTones[status]}>{statusLabels[status]}</Badge>;
}

const severityTones: Record<PainSeverity, BadgeTone> = { BLOCKS_WORK: "danger", COSTS_HOURS: "warning", ANNOYANCE: "neutral" };

export function SeverityBadge({ severity }: { severity: PainSeverity }) {
  return <Badge tone={severityTones[severity]}>{severityLabels[severity]}</Badge>;
}

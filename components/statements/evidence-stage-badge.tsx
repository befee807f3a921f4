import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { StatementStage } from "@/lib/generated/prisma/enums";

const labels: Record<StatementStage, string> = { DRAFT: "Draft", REVIEW: "In review", VOTE: "Vote", PUBLISHED: "Published", WITHDRAWN: "Withdrawn" };
const tones: Record<StatementStage, BadgeTone> = { DRAFT: "neutral", REVIEW: "info", VOTE: "warning", PUBLISHED: "success", WITHDRAWN: "danger" };

/** A cited or citing statement's stage, where evidence and backlinks list it. */
export function EvidenceStageBadge({ stage }: { stage: StatementStage }) {
  return <Badge tone={tones[stage]}>{labels[stage]}</Badge>;
}

import { Lock, Radio } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { sessionStatusLabels, type SessionStatus } from "@/lib/sessions/status";

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  if (status === "live") {
    return (
      <Badge tone="danger" data-testid="live-badge">
        <Radio aria-hidden className="size-3" /> {sessionStatusLabels.live}
      </Badge>
    );
  }
  return <Badge tone={status === "upcoming" ? "brand" : "neutral"}>{sessionStatusLabels[status]}</Badge>;
}

export function MembersOnlyBadge() {
  return (
    <Badge tone="warning" data-testid="members-only-badge">
      <Lock aria-hidden className="size-3" /> Members only
    </Badge>
  );
}

import { Check } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { StatementStage } from "@/lib/generated/prisma/enums";
import type { UpcomingMilestone } from "@/lib/release-schedule/release-schedule";
export { targetLabel } from "@/lib/statements/target-label";
import { cn } from "@/lib/ui/cn";

export const stageLabels: Record<StatementStage, string> = { DRAFT: "Draft", REVIEW: "In review", VOTE: "Vote open", PUBLISHED: "Published", WITHDRAWN: "Withdrawn" };

const stageTones: Record<StatementStage, BadgeTone> = { DRAFT: "neutral", REVIEW: "info", VOTE: "accent", PUBLISHED: "success", WITHDRAWN: "danger" };

const stageDescriptions: Record<StatementStage, string> = {
  DRAFT: "Members are writing it; anything may change.",
  REVIEW: "The text is still editable; the group reads it before a vote.",
  VOTE: "The text is frozen while members vote on it.",
  PUBLISHED: "Agreed by the group and sent; endorsements are open.",
  WITHDRAWN: "No longer pursued; kept for the record.",
};

export function StageBadge({ stage, className, "data-testid": testId }: { stage: StatementStage; className?: string; "data-testid"?: string }) {
  return (
    <Badge tone={stageTones[stage]} className={className} title={stageDescriptions[stage]} data-testid={testId}>
      {stageLabels[stage]}
    </Badge>
  );
}

const path: StatementStage[] = ["DRAFT", "REVIEW", "VOTE", "PUBLISHED"];

/** Where a statement is on draft → review → vote → published: an ordered list, readable without colour. */
export function StageSteps({ stage }: { stage: StatementStage }) {
  if (stage === "WITHDRAWN") return null;
  const current = path.indexOf(stage);
  return (
    <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" aria-label="Where this statement is">
      {path.map((step, index) => {
        const isDone = index < current || stage === "PUBLISHED";
        const isCurrent = index === current;
        return (
          <li key={step} className="flex items-center gap-2" aria-current={isCurrent ? "step" : undefined}>
            {index > 0 ? <span aria-hidden className={cn("h-px w-6", index <= current ? "bg-primary" : "bg-line-strong")} /> : null}
            <span
              className={cn(
                "inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5",
                isCurrent ? "border-primary bg-primary-soft font-semibold text-primary-soft-ink" : isDone ? "border-line text-ink" : "border-line text-subtle",
              )}
            >
              {isDone && !isCurrent ? <Check aria-hidden className="size-3.5 text-success" /> : null}
              {stageLabels[step]}
              {isCurrent ? <span className="sr-only"> (current step)</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

const dayWords = (days: number) => (days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days.toLocaleString("en")} days`);

/** The release dates that bound what a PEP statement can still change: the next milestone, the feature freeze, the release. */
export function ReleaseDeadlines({ milestones }: { milestones: { next: UpcomingMilestone | null; featureFreeze: UpcomingMilestone | null; release: UpcomingMilestone | null } }) {
  const rows = [
    ["Next milestone", milestones.next],
    ["Feature freeze", milestones.featureFreeze],
    ["Release", milestones.release],
  ] as const;
  const shown = rows.filter(([, milestone], index) => milestone && (index === 0 || milestone.name !== milestones.next?.name));
  if (shown.length === 0) return <p className="text-sm text-muted">No upcoming CPython milestones are on file.</p>;
  return (
    <dl className="space-y-2 text-sm">
      {shown.map(([label, milestone]) => (
        <div key={label} className="flex flex-wrap items-baseline justify-between gap-x-3">
          <dt className="text-muted">{label}</dt>
          <dd className="text-right">
            <span className="font-medium">{milestone!.name}</span>{" "}
            <span className="whitespace-nowrap text-subtle">
              <time dateTime={milestone!.date}>{new Date(`${milestone!.date}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}</time>, {dayWords(milestone!.daysLeft)}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

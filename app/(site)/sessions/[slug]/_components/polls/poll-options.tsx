import { Check } from "lucide-react";
import { UserText } from "@/components/ui/user-text";
import type { LivePoll } from "@/lib/live/live-types";
import { cn } from "@/lib/ui/cn";

/** An option's share of the voters, as a whole percentage (0 when nobody voted). */
export const shareOf = (count: number, voters: number) => (voters > 0 ? Math.round((count / voters) * 100) : 0);

export const votesText = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "vote" : "votes"}`;

/**
 * A poll's options: as a ballot (radio buttons or checkboxes) when the viewer
 * may vote, as a list otherwise; with each option's bar, count and share of
 * the voters when the results are visible. The numbers are text, so screen
 * readers read them; the bars only draw them.
 */
export function PollOptions({
  poll,
  selected,
  onSelect,
  isBallot,
  disabled = false,
}: {
  poll: LivePoll;
  selected: number[];
  onSelect?: (ids: number[]) => void;
  isBallot: boolean;
  disabled?: boolean;
}) {
  const counts = poll.options.map((option) => option.voteCount ?? 0);
  const top = Math.max(0, ...counts);
  const isFinal = poll.state === "CLOSED";
  const inputType = poll.kind === "SINGLE" ? "radio" : "checkbox";
  const name = `poll-${poll.id}`;

  return (
    <ul className="space-y-1.5" data-testid="poll-options">
      {poll.options.map((option) => {
        const isChosen = selected.includes(option.id);
        const isMine = poll.myOptionIds.includes(option.id);
        const count = option.voteCount;
        const share = count === null ? null : shareOf(count, poll.voterCount);
        const isLeading = isFinal && count !== null && count > 0 && count === top;
        const body = (
          <>
            <span className="flex min-w-0 flex-1 flex-col gap-1.5">
              <span className="flex items-start justify-between gap-3">
                <span className={cn("min-w-0 text-sm break-words text-ink", isLeading && "font-semibold")}>
                  <UserText>{option.label}</UserText>
                  {!isBallot && isMine ? (
                    <span className="ml-1.5 inline-flex items-center gap-0.5 align-[1px] text-xs font-medium whitespace-nowrap text-primary">
                      <Check aria-hidden className="size-3" /> Your vote
                    </span>
                  ) : null}
                </span>
                {count !== null ? (
                  <span className="shrink-0 text-xs whitespace-nowrap text-muted tabular-nums" data-testid="poll-option-count">
                    {votesText(count)} · <span className="font-semibold text-ink">{share}%</span>
                  </span>
                ) : null}
              </span>
              {share !== null ? (
                <span aria-hidden className="block h-2 overflow-hidden rounded-full bg-surface-muted">
                  <span className={cn("block h-full rounded-full transition-[width] duration-500 ease-out", isLeading || !isFinal ? "bg-primary" : "bg-primary/45")} style={{ width: `${share}%` }} />
                </span>
              ) : null}
            </span>
          </>
        );
        return (
          <li key={option.id} data-option-label={option.label}>
            {isBallot ? (
              <label
                className={cn(
                  "flex cursor-pointer items-start gap-2.5 rounded-lg border px-3 py-2 transition-colors",
                  isChosen ? "border-primary bg-primary-soft/40" : "border-line hover:border-line-strong hover:bg-surface-muted/60",
                  disabled && "cursor-default opacity-70",
                )}
              >
                <input
                  type={inputType}
                  name={name}
                  value={option.id}
                  checked={isChosen}
                  disabled={disabled}
                  onChange={(event) => {
                    if (!onSelect) return;
                    if (inputType === "radio") onSelect([option.id]);
                    else onSelect(event.target.checked ? [...selected, option.id] : selected.filter((id) => id !== option.id));
                  }}
                  className="mt-0.5 size-4 shrink-0 accent-primary"
                />
                {body}
              </label>
            ) : (
              <div className={cn("flex items-start gap-2.5 rounded-lg border px-3 py-2", isMine ? "border-primary/40" : "border-line")}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

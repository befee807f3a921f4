import type { LivePoll } from "@/lib/live/live-types";
import { pollKindLabels } from "@/lib/polls/schemas";

/** A table cell: pipes escaped, on one line. */
const cell = (text: string) => text.replace(/\s+/g, " ").replace(/\\/g, "\\\\").replace(/\|/g, "\\|");

const percentOf = (count: number, total: number) => (total > 0 ? `${Math.round((count / total) * 100)}%` : "–");

const voters = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "voter" : "voters"}`;

/**
 * The "## Polls" section of a session's Markdown export: each poll that was
 * put to the room (drafts are not), with its counts and each option's share
 * of the voters (in a multiple-choice poll the shares add up to more than
 * 100%). Counts hidden from the viewer stay hidden. Empty when there is no
 * such poll.
 */
export function pollsAsMarkdown(polls: LivePoll[]): string {
  const shown = polls.filter((poll) => poll.state !== "DRAFT");
  if (!shown.length) return "";
  const sections = shown.map((poll) => {
    const status = poll.state === "OPEN" ? "still open" : "closed";
    const lines = [`### ${poll.question.replace(/\s+/g, " ")}`, "", `${pollKindLabels[poll.kind]}, ${status}, ${voters(poll.voterCount)}.`, ""];
    if (!poll.resultsVisible) {
      lines.push("Results are hidden until the poll closes.");
    } else {
      lines.push("| Option | Votes | Share of voters |", "| --- | ---: | ---: |");
      for (const option of poll.options) {
        const count = option.voteCount ?? 0;
        lines.push(`| ${cell(option.label)} | ${count.toLocaleString("en")} | ${percentOf(count, poll.voterCount)} |`);
      }
    }
    return lines.join("\n");
  });
  return ["## Polls", "", sections.join("\n\n"), ""].join("\n");
}

import type { LiveQuestion } from "@/lib/live/live-types";
import { byVotes } from "@/lib/questions/question-order";

/** A person's text as one line of Markdown that shows as typed: no headings, links, HTML or emphasis of its own. */
function inlineText(text: string) {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\*_[\]<>#|~]/g, (character) => `\\${character}`);
}

/**
 * The session's questions for its Markdown record: those everyone could see,
 * most votes first, each with its votes, whether it was answered and who
 * asked ("Anonymous" when they chose so, even in a chair's copy: the record
 * is public). Empty when no question was shown, so an export can leave the
 * section out.
 */
export function questionsAsMarkdown(questions: LiveQuestion[]): string {
  const shown = questions.filter((question) => question.state === "VISIBLE").sort(byVotes);
  if (shown.length === 0) return "";
  const lines = shown.map((question) => {
    const votes = `${question.voteCount} ${question.voteCount === 1 ? "vote" : "votes"}`;
    const asker = question.isAnonymous || !question.askerName ? "Anonymous" : inlineText(question.askerName);
    return `- ${inlineText(question.body)} — ${asker} · ${votes}${question.answeredAt ? " · answered" : ""}`;
  });
  return `## Questions\n\n${lines.join("\n")}\n`;
}

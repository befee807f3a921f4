import type { LiveActionItem } from "@/lib/live/live-types";

/**
 * The "## Action items" section of a session's Markdown export, as a task
 * list: `- [x] text — owner, due YYYY-MM-DD`. Empty when there are none.
 */
export function actionItemsAsMarkdown(items: LiveActionItem[]): string {
  if (!items.length) return "";
  const lines = items.map((item) => {
    const details = [item.ownerName, item.dueOn ? `due ${item.dueOn}` : null].filter(Boolean).join(", ");
    // One line each, so the list stays a list whatever was typed.
    const text = item.text.replace(/\s+/g, " ").trim();
    return `- [${item.doneAt ? "x" : " "}] ${text}${details ? ` — ${details.replace(/\s+/g, " ")}` : ""}`;
  });
  return ["## Action items", "", ...lines, ""].join("\n");
}

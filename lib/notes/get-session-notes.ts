import { actionItemsAsMarkdown } from "@/lib/action-items/action-items-markdown";
import { liveSources } from "@/lib/live/live-sources";
import { loadLiveSnapshot } from "@/lib/live/load-live-snapshot";
import { readNotesText } from "@/lib/notes/records";
import type { Actor } from "@/lib/permissions";
import { pollsAsMarkdown } from "@/lib/polls/polls-markdown";
import { questionsAsMarkdown } from "@/lib/questions/questions-markdown";
import { getSessionDetails } from "@/lib/sessions/get-session-details";

/**
 * A session's record for pages and exports: the session, its notes, and its
 * questions, poll results and action items as Markdown sections (as this
 * actor may see them); null when the actor may not read the session.
 */
export async function getSessionNotes({ actor, slug }: { actor: Actor; slug: string }) {
  const session = await getSessionDetails({ actor, slug });
  if (!session) return null;
  const [notes, live] = await Promise.all([readNotesText(session.id), loadLiveSnapshot({ sources: liveSources, actor, session })]);
  const { questions, polls, actionItems } = live.snapshot;
  const recordMarkdown = [questionsAsMarkdown(questions), pollsAsMarkdown(polls), actionItemsAsMarkdown(actionItems)].filter(Boolean).join("\n");
  return { session, ...notes, recordMarkdown };
}

export type SessionNotesView = NonNullable<Awaited<ReturnType<typeof getSessionNotes>>>;

/** The Markdown file people download: a header naming the session, the notes, then the questions, polls and action items. */
export function notesAsMarkdownFile({ session, markdown, recordMarkdown }: Pick<SessionNotesView, "session" | "markdown" | "recordMarkdown">, sessionUrl: string): string {
  const when = `${session.startsAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const header = [`# ${session.title} — notes`, "", `- When: ${when} (planned in ${session.timeZone})`, ...(session.venue ? [`- Where: ${session.venue}`] : []), `- Session: ${sessionUrl}`, ""];
  if (session.agenda.length) header.push("## Agenda", "", ...session.agenda.map((item, index) => `${index + 1}. ${item.title}${item.speaker ? ` — ${item.speaker}` : ""} (${item.minutes} min)`), "");
  return [...header, "## Notes", "", markdown.trim() || "_No notes were taken._", "", ...(recordMarkdown ? [recordMarkdown] : [])].join("\n");
}

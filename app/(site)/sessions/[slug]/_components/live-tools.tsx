"use client";

import { ClipboardCheck, MessageCircleQuestion, Vote } from "lucide-react";
import { Tabs } from "radix-ui";
import type { ReactNode } from "react";
import { liveConnectionLooks, useSessionLive, type LiveConnection } from "@/components/live/session-live";
import { ConnectionStatus } from "@/components/ui/connection-status";
import { cn } from "@/lib/ui/cn";
import { ActionItemsPanel } from "./action-items/action-items-panel";
import { PollsPanel } from "./polls/polls-panel";
import { QuestionsPanel } from "./questions/questions-panel";

/**
 * Questions, polls and action items beside the notes, in tabs that say how
 * much is in each; all three follow the live channel.
 */
export function LiveTools({ isRecord }: { isRecord: boolean }) {
  const { snapshot, connection } = useSessionLive();
  const questions = snapshot.questions.filter((question) => question.state === "VISIBLE").length;
  const openPolls = snapshot.polls.filter((poll) => poll.state === "OPEN").length;
  const polls = snapshot.polls.filter((poll) => poll.state !== "DRAFT").length;
  const openActions = snapshot.actionItems.filter((item) => !item.doneAt).length;
  return (
    <section aria-labelledby="live-tools-heading" className="min-w-0 space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="live-tools-heading" className="text-lg font-semibold text-ink">
          {isRecord ? "From the session" : "Take part"}
        </h2>
        {isRecord ? null : <ConnectionState connection={connection} />}
      </div>
      <Tabs.Root defaultValue="questions" className="rounded-xl border border-line bg-surface shadow-xs">
        <Tabs.List aria-label="Session tools" className="flex border-b border-line px-1">
          <Tab value="questions" icon={<MessageCircleQuestion aria-hidden className="size-4" />} label="Questions" count={questions} />
          <Tab value="polls" icon={<Vote aria-hidden className="size-4" />} label="Polls" count={openPolls || polls} highlight={openPolls > 0} />
          <Tab value="actions" icon={<ClipboardCheck aria-hidden className="size-4" />} label="Actions" count={openActions} />
        </Tabs.List>
        <Tabs.Content value="questions" className="p-4 focus-visible:outline-none">
          <QuestionsPanel />
        </Tabs.Content>
        <Tabs.Content value="polls" className="p-4 focus-visible:outline-none">
          <PollsPanel />
        </Tabs.Content>
        <Tabs.Content value="actions" className="p-4 focus-visible:outline-none">
          <ActionItemsPanel />
        </Tabs.Content>
      </Tabs.Root>
    </section>
  );
}

function Tab({ value, icon, label, count, highlight = false }: { value: string; icon: ReactNode; label: string; count: number; highlight?: boolean }) {
  return (
    <Tabs.Trigger
      value={value}
      className="-mb-px inline-flex min-w-0 flex-1 items-center justify-center gap-1.5 border-b-2 border-transparent px-1.5 py-3 text-sm font-medium text-muted hover:text-ink data-[state=active]:border-primary data-[state=active]:text-ink"
    >
      {/* On a phone the words need the room more than the icons do. */}
      <span className="hidden sm:contents">{icon}</span>
      <span className="truncate">{label}</span>
      {count > 0 ? <span className={cn("rounded-full px-1.5 text-xs tabular-nums", highlight ? "bg-primary text-on-primary" : "bg-surface-muted text-muted")}>{count}</span> : null}
    </Tabs.Trigger>
  );
}

function ConnectionState({ connection }: { connection: LiveConnection }) {
  return <ConnectionStatus {...liveConnectionLooks[connection]} state={connection} testId="live-connection" />;
}

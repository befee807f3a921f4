"use client";

import { Pause, Play, SkipForward } from "lucide-react";
import { useEffect, useState } from "react";
import { useSessionLive } from "@/components/live/session-live";
import { ClockTime } from "@/components/sessions/local-time";
import { Button } from "@/components/ui/button";
import { UserText } from "@/components/ui/user-text";
import { cn } from "@/lib/ui/cn";
import { setAgendaStepAction } from "../_actions/agenda";
import { useLiveAction } from "./use-live-action";

export interface AgendaEntry {
  id: number;
  title: string;
  speaker: string | null;
  minutes: number;
  /** When it is planned to start (ISO). */
  startsAt: string;
}

/** Seconds since the current item started, by the server's clock; ticks once a second. */
function useElapsedSeconds(startedAt: string | null, clockOffsetMs: number): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!startedAt) return;
    const tick = () => setNow(Date.now() + clockOffsetMs);
    tick();
    const timer = setInterval(tick, 1_000);
    return () => clearInterval(timer);
  }, [startedAt, clockOffsetMs]);
  if (!startedAt || now === null) return null;
  return Math.max(0, Math.floor((now - Date.parse(startedAt)) / 1000));
}

function formatDuration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/**
 * The agenda with the item under way and its time left, live for everyone;
 * the chair starts items, moves on and stops the clock from here.
 */
export function LiveAgenda({ sessionId, items, timeZone }: { sessionId: number; items: AgendaEntry[]; timeZone: string }) {
  const { snapshot, abilities, clockOffsetMs } = useSessionLive();
  const { currentPosition, startedAt } = snapshot.agenda;
  const current = currentPosition === null ? undefined : items[currentPosition];
  const elapsed = useElapsedSeconds(current ? startedAt : null, clockOffsetMs);
  const { run, isPending: pending, error } = useLiveAction();

  const step = (next: { step: "start"; position: number } | { step: "next" } | { step: "stop" }) =>
    run(() => setAgendaStepAction({ sessionId, step: next }), {
      toMessage: (agenda) => ({ type: "agenda", agenda, serverTime: new Date(Date.now() + clockOffsetMs).toISOString() }),
    });

  return (
    <div className="space-y-4">
      {current ? <CurrentItem item={current} elapsed={elapsed} /> : null}
      <ol aria-label="Agenda items" className="space-y-1">
        {items.map((item, index) => {
          const isCurrent = index === currentPosition;
          return (
            <li
              key={item.id}
              data-testid="agenda-item"
              data-current={isCurrent || undefined}
              aria-current={isCurrent ? "step" : undefined}
              className={cn("group grid grid-cols-[3.25rem_minmax(0,1fr)_auto] items-start gap-x-3 rounded-lg px-2 py-2 text-sm", isCurrent && "bg-primary-soft ring-1 ring-primary/30")}
            >
              <ClockTime at={item.startsAt} timeZone={timeZone} className="pt-px font-medium text-muted tabular-nums" />
              <div className="min-w-0">
                <p className="font-medium break-words">
                  <span className="sr-only">{index + 1}. </span>
                  <UserText>{item.title}</UserText>
                </p>
                <p className="text-xs text-muted">
                  {item.speaker ? (
                    <span className="break-words">
                      <UserText>{item.speaker}</UserText> ·{" "}
                    </span>
                  ) : null}
                  {item.minutes} min
                </p>
              </div>
              {abilities.canRunAgenda && !isCurrent ? (
                <Button variant="ghost" size="sm" className="h-7 px-2 opacity-70 group-hover:opacity-100" disabled={pending} onClick={() => step({ step: "start", position: index })} aria-label={`Start “${item.title}”`}>
                  <Play aria-hidden className="size-3.5" />
                </Button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {abilities.canRunAgenda && items.length > 0 ? (
        <div className="flex flex-wrap gap-2 border-t border-line pt-3">
          <Button size="sm" disabled={pending} onClick={() => step({ step: "next" })}>
            <SkipForward aria-hidden className="size-4" /> {current ? (currentPosition === items.length - 1 ? "Finish agenda" : "Next item") : "Start agenda"}
          </Button>
          {current ? (
            <Button size="sm" variant="secondary" disabled={pending} onClick={() => step({ step: "stop" })}>
              <Pause aria-hidden className="size-4" /> Stop clock
            </Button>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}

function CurrentItem({ item, elapsed }: { item: AgendaEntry; elapsed: number | null }) {
  const remaining = elapsed === null ? null : item.minutes * 60 - elapsed;
  const over = remaining !== null && remaining < 0;
  const share = elapsed === null ? 0 : Math.min(1, elapsed / (item.minutes * 60));
  return (
    <section aria-label="Now" data-testid="agenda-now" data-over={over || undefined} className={cn("rounded-xl border p-4", over ? "border-danger/40 bg-danger-soft" : "border-primary/30 bg-primary-soft")}>
      <p className={cn("text-xs font-semibold tracking-wide uppercase", over ? "text-danger" : "text-primary")}>Now</p>
      <p className="mt-1 font-semibold break-words text-ink">
        <UserText>{item.title}</UserText>
      </p>
      {item.speaker ? (
        <p className="text-sm break-words text-muted">
          <UserText>{item.speaker}</UserText>
        </p>
      ) : null}
      <p className={cn("mt-2 text-2xl font-semibold tabular-nums", over ? "text-danger" : "text-ink")} data-testid="agenda-remaining" role="timer" aria-live="off">
        {remaining === null ? `${item.minutes}:00` : over ? `+${formatDuration(-remaining)}` : formatDuration(remaining)}{" "}
        <span className="ml-2 text-sm font-normal text-muted">{over ? "over time" : "left"}</span>
      </p>
      <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-surface" aria-hidden>
        <div className={cn("h-full rounded-full", over ? "bg-danger" : "bg-primary")} style={{ width: `${share * 100}%` }} />
      </div>
    </section>
  );
}

/** The item under way and its time left, compact, for the speaker view's header; nothing when no item runs. */
export function AgendaClock({ items }: { items: Pick<AgendaEntry, "title" | "minutes">[] }) {
  const { snapshot, clockOffsetMs } = useSessionLive();
  const { currentPosition, startedAt } = snapshot.agenda;
  const current = currentPosition === null ? undefined : items[currentPosition];
  const elapsed = useElapsedSeconds(current ? startedAt : null, clockOffsetMs);
  if (!current) return null;
  const remaining = elapsed === null ? current.minutes * 60 : current.minutes * 60 - elapsed;
  const over = remaining < 0;
  return (
    <div data-testid="agenda-clock" data-over={over || undefined} className={cn("min-w-0 rounded-xl border px-4 py-2 text-right", over ? "border-danger/40 bg-danger-soft" : "border-line bg-surface")}>
      <p className="max-w-72 truncate text-sm text-muted">
        <UserText>{current.title}</UserText>
      </p>
      <p className={cn("text-3xl font-semibold tabular-nums", over ? "text-danger" : "text-ink")} role="timer" aria-live="off">
        {over ? `+${formatDuration(-remaining)}` : formatDuration(remaining)} <span className="text-base font-normal text-muted">{over ? "over time" : "left"}</span>
      </p>
    </div>
  );
}

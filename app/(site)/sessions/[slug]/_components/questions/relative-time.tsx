"use client";

import { useEffect, useState } from "react";
import { useSessionLive } from "@/components/live/session-live";

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });

function describe(at: number, now: number) {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 45) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(at).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
}

/**
 * "3 min ago", kept current, by the server's clock (so a device whose clock is
 * off still says "just now" for a new question). Empty until the page runs in
 * the browser: the server cannot know the reader's clock or time zone.
 */
export function RelativeTime({ at }: { at: string }) {
  const { clockOffsetMs } = useSessionLive();
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now() + clockOffsetMs);
    tick();
    const timer = setInterval(tick, 30_000);
    return () => clearInterval(timer);
  }, [clockOffsetMs]);
  const instant = Date.parse(at);
  return (
    <time dateTime={at} title={timeOfDay.format(instant)} suppressHydrationWarning>
      {now === null ? "" : describe(instant, now)}
    </time>
  );
}

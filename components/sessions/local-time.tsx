"use client";

import { useSyncExternalStore } from "react";
import { describeSessionTime, formatClock, zoneAbbreviation } from "@/lib/sessions/format-session-time";

const subscribeToNothing = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;

/**
 * The browser's time zone once hydrated; null on the server and during
 * hydration, so the first render matches the server's (in the session's own
 * zone) and the second puts it in the viewer's.
 */
export function useViewerTimeZone(): string | null {
  return useSyncExternalStore(subscribeToNothing, browserTimeZone, () => null);
}

/** "Tue 18 Nov 2025, 19:15–20:15 your time (CET) · planned as 12:15–13:15 America/Chicago". */
export function SessionTimeText({ startsAt, endsAt, timeZone, className }: { startsAt: string; endsAt: string; timeZone: string; className?: string }) {
  const viewerTimeZone = useViewerTimeZone();
  return (
    <time dateTime={startsAt} className={className} data-testid="session-time">
      {describeSessionTime({ startsAt: new Date(startsAt), endsAt: new Date(endsAt), timeZone }, viewerTimeZone)}
    </time>
  );
}

/** A clock time ("12:15") in the viewer's zone once known, else in the session's. */
export function ClockTime({ at, timeZone, className }: { at: string; timeZone: string; className?: string }) {
  const viewerTimeZone = useViewerTimeZone();
  return (
    <time dateTime={at} className={className}>
      {formatClock(new Date(at), viewerTimeZone ?? timeZone)}
    </time>
  );
}

/** Which zone the clock times next to it are in: "your time (CET)" or "America/Chicago (CST)". */
export function ClockZone({ at, timeZone }: { at: string; timeZone: string }) {
  const viewerTimeZone = useViewerTimeZone();
  const zone = viewerTimeZone ?? timeZone;
  const abbreviation = zoneAbbreviation(new Date(at), zone);
  if (viewerTimeZone) return <>your time ({abbreviation})</>;
  return <>{timeZone === "UTC" ? "UTC" : `${timeZone} (${abbreviation})`}</>;
}

/** Where a session stands at a moment: still to come, running, or over. */
export type SessionStatus = "upcoming" | "live" | "ended";

export function sessionStatus({ startsAt, endsAt }: { startsAt: Date; endsAt: Date }, now: Date = new Date()): SessionStatus {
  if (now.getTime() < startsAt.getTime()) return "upcoming";
  if (now.getTime() < endsAt.getTime()) return "live";
  return "ended";
}

export const sessionStatusLabels: Record<SessionStatus, string> = { upcoming: "Upcoming", live: "Live now", ended: "Ended" };

const dayMs = 86_400_000;

/** The first reminder waits a day: most members vote in the first hours, and a reminder on the opening's heels would only repeat its notice. */
export const FIRST_VOTE_REMINDER_AFTER_MS = dayMs;

export interface ReminderScheduleRound {
  openedAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  lastReminderAt: Date | null;
  /** Copied from the charter when the round opened. */
  reminderIntervalDays: number;
}

/** When a round's next reminder is due: a day after it opened, then its interval after the last one (not after the opening, so a late run does not bunch two together). Pure, like the tally. */
export function nextVoteReminderAt(round: Pick<ReminderScheduleRound, "openedAt" | "lastReminderAt" | "reminderIntervalDays">): Date {
  return round.lastReminderAt ? new Date(round.lastReminderAt.getTime() + round.reminderIntervalDays * dayMs) : new Date(round.openedAt.getTime() + FIRST_VOTE_REMINDER_AFTER_MS);
}

/** Whether a reminder is due at `now`: the round is open, its deadline is ahead, and its next reminder's time has come. */
export function isVoteReminderDue(round: ReminderScheduleRound, now: Date): boolean {
  return round.closedAt === null && round.closesAt > now && nextVoteReminderAt(round) <= now;
}

/** The reminder chairs are told to expect, or null when the vote closes (or closed) before it is due. */
export function upcomingVoteReminderAt(round: ReminderScheduleRound, now: Date): Date | null {
  const next = nextVoteReminderAt(round);
  return round.closedAt === null && round.closesAt > now && next < round.closesAt ? next : null;
}

import { describe, expect, it } from "vitest";
import { isVoteReminderDue, nextVoteReminderAt, upcomingVoteReminderAt, type ReminderScheduleRound } from "@/lib/statements/vote-reminder-schedule";

const day = 86_400_000;
const openedAt = new Date("2026-03-02T09:00:00Z");
const after = (days: number, from = openedAt) => new Date(from.getTime() + days * day);
const round = (overrides: Partial<ReminderScheduleRound> = {}): ReminderScheduleRound => ({ openedAt, closesAt: after(7), closedAt: null, lastReminderAt: null, reminderIntervalDays: 2, ...overrides });

describe("the vote reminders' schedule", () => {
  it("is due first a day after the opening, not a moment before", () => {
    expect(nextVoteReminderAt(round())).toEqual(after(1));
    expect(isVoteReminderDue(round(), new Date(after(1).getTime() - 1))).toBe(false);
    expect(isVoteReminderDue(round(), after(1))).toBe(true);
  });

  it("then counts the round's interval from the last reminder, however late that one went out", () => {
    const late = round({ lastReminderAt: after(1.5), reminderIntervalDays: 3 });
    expect(nextVoteReminderAt(late)).toEqual(after(4.5));
    expect(isVoteReminderDue(late, after(4.49))).toBe(false);
    expect(isVoteReminderDue(late, after(4.5))).toBe(true);
  });

  it("is never due in a closed round or past the deadline, and chairs are told of none the vote closes before", () => {
    expect(isVoteReminderDue(round({ closedAt: after(2) }), after(3))).toBe(false);
    expect(isVoteReminderDue(round({ closesAt: after(1) }), after(1))).toBe(false);
    expect(upcomingVoteReminderAt(round({ lastReminderAt: after(5) }), after(5))).toBeNull();
    expect(upcomingVoteReminderAt(round({ lastReminderAt: after(3) }), after(3))).toEqual(after(5));
    expect(upcomingVoteReminderAt(round({ closedAt: after(0.5) }), after(0.5))).toBeNull();
  });
});

/**
 * Wall-clock times in IANA time zones, with nothing but Intl. A session is
 * planned as "18 Nov 2025, 12:15 in America/Chicago" and stored as the
 * instant that is; the conversion has to know the zone's offset on that day,
 * daylight saving time included.
 */

/** A local date and time as typed: "2025-11-18" and "12:15". */
export interface WallTime {
  date: string;
  time: string;
}

export const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
export const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone (building them is the expensive part). */
function partsFormatter(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's canonical name ("europe/berlin" → "Europe/Berlin"), or null when Intl does not know it. */
export function canonicalTimeZone(name: string): string | null {
  // IANA names and UTC only: no offsets ("+01:00") or abbreviations ("CET").
  if (!/^(UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The zones a chair can choose from, UTC first. */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["UTC", ...names.filter((name) => name !== "UTC")];
}

/** The zone's offset from UTC at that instant, in minutes (Berlin in winter: 60). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const wall = wallFields(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

function wallFields(instant: Date, timeZone: string) {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  return { year: values.year!, month: values.month!, day: values.day!, hour: values.hour!, minute: values.minute!, second: values.second! };
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** What a clock in the zone shows at that instant. */
export function utcToWallTime(instant: Date, timeZone: string): WallTime {
  const wall = wallFields(instant, timeZone);
  return { date: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`, time: `${pad(wall.hour)}:${pad(wall.minute)}` };
}

export type WallTimeConversion =
  | { ok: true; instant: Date; isAmbiguous: boolean }
  | { ok: false; reason: "invalid" | "nonexistent" };

/**
 * The instant at which a clock in the zone shows that date and time. When the
 * clocks go back the hour happens twice; the earlier one is meant (and
 * `isAmbiguous` says so). When they go forward the skipped times do not exist
 * and are refused rather than guessed.
 */
export function wallTimeToUtc({ date, time }: WallTime, timeZone: string): WallTimeConversion {
  const dateMatch = datePattern.exec(date);
  const timeMatch = timePattern.exec(time);
  if (!dateMatch || !timeMatch) return { ok: false, reason: "invalid" };
  const [year, month, day] = [Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])];
  const asUtc = Date.UTC(year, month - 1, day, Number(timeMatch[1]), Number(timeMatch[2]));
  const check = new Date(asUtc);
  // Date.UTC rolls 31 April over into May; such a date was not a date.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return { ok: false, reason: "invalid" };

  // The offsets in force a day either side cover any single transition near this time.
  const offsets = new Set([zoneOffsetMinutes(new Date(asUtc - 86_400_000), timeZone), zoneOffsetMinutes(new Date(asUtc + 86_400_000), timeZone)]);
  const candidates = [...offsets]
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((instant) => {
      const wall = utcToWallTime(instant, timeZone);
      return wall.date === date && wall.time === time;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  const [earliest] = candidates;
  if (!earliest) return { ok: false, reason: "nonexistent" };
  return { ok: true, instant: earliest, isAmbiguous: candidates.length > 1 };
}

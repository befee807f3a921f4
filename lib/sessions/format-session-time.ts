/**
 * How a session's time reads: in the zone it was planned in, or in the
 * viewer's own zone with the planned one named — "Tue 18 Nov 2025,
 * 19:15–20:15 your time (CET) · planned as 12:15–13:15 America/Chicago".
 * Pure, so that the server (which does not know the viewer's zone) and the
 * browser (which does) word it the same way.
 */

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

const formatterCache = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: "day" | "clock" | "key", timeZone: string) {
  const key = `${kind} ${timeZone}`;
  let cached = formatterCache.get(key);
  if (!cached) {
    const options: Intl.DateTimeFormatOptions =
      kind === "day"
        ? { weekday: "short", day: "numeric", month: "short", year: "numeric" }
        : kind === "clock"
          ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
          : { year: "numeric", month: "2-digit", day: "2-digit" };
    cached = new Intl.DateTimeFormat("en-GB", { ...options, timeZone });
    formatterCache.set(key, cached);
  }
  return cached;
}

/** "Tue 18 Nov 2025" in the zone. */
export const formatDay = (instant: Date, timeZone: string) => formatter("day", timeZone).format(instant).replace(",", "");
/** "12:15" in the zone. */
export const formatClock = (instant: Date, timeZone: string) => formatter("clock", timeZone).format(instant);
const dayKey = (instant: Date, timeZone: string) => formatter("key", timeZone).format(instant);

/**
 * The zone's everyday abbreviation when it has one ("CET", "CST", "GMT"),
 * else its offset ("UTC+9"). Abbreviations are only printed where people
 * use them, so both British and American English are asked.
 */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  for (const locale of ["en-GB", "en-US"]) {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(instant).find((part) => part.type === "timeZoneName")?.value;
    if (name && !/^GMT[+-−]/.test(name)) return name;
  }
  const offset = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "shortOffset" }).formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "";
  return offset.replace(/^GMT/, "UTC") || "UTC";
}

/** "Tue 18 Nov 2025, 12:15–13:15", or with both days when it ends on another day in that zone. */
export function formatRange(startsAt: Date, endsAt: Date, timeZone: string, { withYear = true }: { withYear?: boolean } = {}) {
  const day = (instant: Date) => (withYear ? formatDay(instant, timeZone) : formatDay(instant, timeZone).replace(/ \d{4}$/, ""));
  if (dayKey(startsAt, timeZone) === dayKey(endsAt, timeZone)) return `${day(startsAt)}, ${formatClock(startsAt, timeZone)}–${formatClock(endsAt, timeZone)}`;
  return `${day(startsAt)}, ${formatClock(startsAt, timeZone)} – ${day(endsAt)}, ${formatClock(endsAt, timeZone)}`;
}

/**
 * The session's time for one viewer. Without a viewer zone (on the server),
 * or when the viewer is in the planned zone, it is given in that zone.
 */
export function describeSessionTime({ startsAt, endsAt, timeZone }: SessionTimes, viewerTimeZone?: string | null): string {
  const plannedZone = timeZone === "UTC" ? "UTC" : `${timeZone} (${zoneAbbreviation(startsAt, timeZone)})`;
  if (!viewerTimeZone || isSameZone(viewerTimeZone, timeZone, startsAt, endsAt)) return `${formatRange(startsAt, endsAt, timeZone)} ${plannedZone}`;
  const local = `${formatRange(startsAt, endsAt, viewerTimeZone)} your time (${zoneAbbreviation(startsAt, viewerTimeZone)})`;
  const isSameDay = dayKey(startsAt, viewerTimeZone) === dayKey(startsAt, timeZone) && dayKey(endsAt, viewerTimeZone) === dayKey(endsAt, timeZone);
  const planned = isSameDay ? `${formatClock(startsAt, timeZone)}–${formatClock(endsAt, timeZone)}` : formatRange(startsAt, endsAt, timeZone, { withYear: false });
  return `${local} · planned as ${planned} ${timeZone}`;
}

/** Two zone names that show the same clock for the whole session (e.g. an alias, or the same offset that day) read as one. */
function isSameZone(a: string, b: string, startsAt: Date, endsAt: Date) {
  if (a === b) return true;
  return [startsAt, endsAt].every((instant) => formatClock(instant, a) === formatClock(instant, b) && dayKey(instant, a) === dayKey(instant, b)) && zoneAbbreviation(startsAt, a) === zoneAbbreviation(startsAt, b);
}

import { describe, expect, it } from "vitest";
import { describeSessionTime, formatRange, zoneAbbreviation } from "@/lib/sessions/format-session-time";
import { sessionStatus } from "@/lib/sessions/status";
import { canonicalTimeZone, timeZoneNames, utcToWallTime, wallTimeToUtc, zoneOffsetMinutes } from "@/lib/sessions/zoned-time";

const utc = (iso: string) => new Date(iso);
const instantOf = (date: string, time: string, zone: string) => {
  const result = wallTimeToUtc({ date, time }, zone);
  if (!result.ok) throw new Error(`${date} ${time} ${zone}: ${result.reason}`);
  return result.instant.toISOString();
};

describe("wall-clock time in a zone to UTC", () => {
  it("uses the zone's offset on that day, summer and winter", () => {
    expect(instantOf("2025-11-18", "12:15", "America/Chicago")).toBe("2025-11-18T18:15:00.000Z");
    expect(instantOf("2025-07-01", "12:15", "America/Chicago")).toBe("2025-07-01T17:15:00.000Z");
    expect(instantOf("2026-01-15", "09:00", "Europe/Berlin")).toBe("2026-01-15T08:00:00.000Z");
    expect(instantOf("2026-06-15", "09:00", "Europe/Berlin")).toBe("2026-06-15T07:00:00.000Z");
    expect(instantOf("2026-06-15", "09:00", "UTC")).toBe("2026-06-15T09:00:00.000Z");
    // Half-hour and southern-hemisphere zones.
    expect(instantOf("2026-03-01", "18:30", "Asia/Kolkata")).toBe("2026-03-01T13:00:00.000Z");
    expect(instantOf("2026-01-10", "10:00", "Australia/Sydney")).toBe("2026-01-09T23:00:00.000Z");
    expect(instantOf("2026-07-10", "10:00", "Australia/Sydney")).toBe("2026-07-10T00:00:00.000Z");
  });

  it("gets the hours either side of the spring-forward change right", () => {
    // Europe/Berlin: 29 March 2026, 02:00 CET → 03:00 CEST.
    expect(instantOf("2026-03-29", "01:59", "Europe/Berlin")).toBe("2026-03-29T00:59:00.000Z");
    expect(instantOf("2026-03-29", "03:00", "Europe/Berlin")).toBe("2026-03-29T01:00:00.000Z");
    // America/Chicago: 8 March 2026, 02:00 CST → 03:00 CDT.
    expect(instantOf("2026-03-08", "01:30", "America/Chicago")).toBe("2026-03-08T07:30:00.000Z");
    expect(instantOf("2026-03-08", "03:30", "America/Chicago")).toBe("2026-03-08T08:30:00.000Z");
  });

  it("refuses a time the clocks skip", () => {
    expect(wallTimeToUtc({ date: "2026-03-29", time: "02:30" }, "Europe/Berlin")).toEqual({ ok: false, reason: "nonexistent" });
    expect(wallTimeToUtc({ date: "2026-03-08", time: "02:00" }, "America/Chicago")).toEqual({ ok: false, reason: "nonexistent" });
  });

  it("takes the first of a time that happens twice when the clocks go back", () => {
    // Europe/Berlin: 25 October 2026, 03:00 CEST → 02:00 CET; 02:30 happens at 00:30Z and 01:30Z.
    expect(wallTimeToUtc({ date: "2026-10-25", time: "02:30" }, "Europe/Berlin")).toEqual({ ok: true, instant: utc("2026-10-25T00:30:00Z"), isAmbiguous: true });
    expect(instantOf("2026-10-25", "03:00", "Europe/Berlin")).toBe("2026-10-25T02:00:00.000Z");
    expect(instantOf("2026-10-25", "01:59", "Europe/Berlin")).toBe("2026-10-24T23:59:00.000Z");
    // America/Chicago: 1 November 2026, 02:00 CDT → 01:00 CST.
    expect(wallTimeToUtc({ date: "2026-11-01", time: "01:30" }, "America/Chicago")).toEqual({ ok: true, instant: utc("2026-11-01T06:30:00Z"), isAmbiguous: true });
    expect(wallTimeToUtc({ date: "2026-11-01", time: "12:00" }, "America/Chicago")).toEqual({ ok: true, instant: utc("2026-11-01T18:00:00Z"), isAmbiguous: false });
  });

  it("refuses dates and times that are not", () => {
    expect(wallTimeToUtc({ date: "2026-02-30", time: "10:00" }, "UTC")).toEqual({ ok: false, reason: "invalid" });
    expect(wallTimeToUtc({ date: "2026-04-31", time: "10:00" }, "UTC")).toEqual({ ok: false, reason: "invalid" });
    expect(wallTimeToUtc({ date: "18.11.2025", time: "10:00" }, "UTC")).toEqual({ ok: false, reason: "invalid" });
    expect(wallTimeToUtc({ date: "2026-01-01", time: "24:00" }, "UTC")).toEqual({ ok: false, reason: "invalid" });
    expect(wallTimeToUtc({ date: "2028-02-29", time: "00:00" }, "UTC")).toMatchObject({ ok: true });
  });

  it("round-trips through what the clock shows, across a whole year of a DST zone", () => {
    let ambiguousCount = 0;
    for (let hour = 0; hour < 365 * 24; hour += 7) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
      const wall = utcToWallTime(instant, "America/New_York");
      const back = wallTimeToUtc(wall, "America/New_York");
      if (!back.ok) throw new Error(`${instant.toISOString()} (${wall.date} ${wall.time}) did not map back`);
      // Twice-happening hours map to the first (this instant or the hour before it); every other hour maps back exactly.
      const expected = back.isAmbiguous ? [instant.getTime(), instant.getTime() - 3_600_000] : [instant.getTime()];
      expect(expected, `${wall.date} ${wall.time}`).toContain(back.instant.getTime());
      if (back.isAmbiguous) ambiguousCount += 1;
    }
    // Only November's repeated hour is ambiguous: were every hour taken for one, the exact check above would be a loose one.
    expect(ambiguousCount).toBeLessThanOrEqual(2);
  });

  it("knows the offsets", () => {
    expect(zoneOffsetMinutes(utc("2026-01-15T12:00Z"), "Europe/Berlin")).toBe(60);
    expect(zoneOffsetMinutes(utc("2026-07-15T12:00Z"), "Europe/Berlin")).toBe(120);
    expect(zoneOffsetMinutes(utc("2026-07-15T12:00Z"), "America/Chicago")).toBe(-300);
    expect(zoneOffsetMinutes(utc("2026-07-15T12:00Z"), "Asia/Kathmandu")).toBe(345);
  });
});

describe("time zone names", () => {
  it("accepts IANA names, in their canonical spelling, and refuses anything else", () => {
    expect(canonicalTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(canonicalTimeZone("europe/berlin")).toBe("Europe/Berlin");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("America/Argentina/Buenos_Aires")).toBeTruthy();
    for (const bad of ["Mars/Olympus_Mons", "CET ", "+01:00", "", "Europe/Berlin; DROP TABLE", "GMT+1"]) expect(canonicalTimeZone(bad)).toBeNull();
  });

  it("offers UTC first and every zone Intl knows", () => {
    const names = timeZoneNames();
    expect(names[0]).toBe("UTC");
    expect(names).toContain("America/Chicago");
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(canonicalTimeZone(name)).not.toBeNull();
  });
});

describe("describing a session's time", () => {
  const bof = { startsAt: utc("2025-11-18T18:15Z"), endsAt: utc("2025-11-18T19:15Z"), timeZone: "America/Chicago" };

  it("gives it in the planned zone when the viewer's is not known or the same", () => {
    expect(describeSessionTime(bof)).toBe("Tue 18 Nov 2025, 12:15–13:15 America/Chicago (CST)");
    expect(describeSessionTime(bof, "America/Chicago")).toBe("Tue 18 Nov 2025, 12:15–13:15 America/Chicago (CST)");
    expect(describeSessionTime({ ...bof, timeZone: "UTC" })).toBe("Tue 18 Nov 2025, 18:15–19:15 UTC");
  });

  it("gives it in the viewer's zone and names the planned one", () => {
    expect(describeSessionTime(bof, "Europe/Berlin")).toBe("Tue 18 Nov 2025, 19:15–20:15 your time (CET) · planned as 12:15–13:15 America/Chicago");
    // On another day for the viewer: the planned day is named too.
    expect(describeSessionTime(bof, "Asia/Tokyo")).toBe("Wed 19 Nov 2025, 03:15–04:15 your time (UTC+9) · planned as Tue 18 Nov, 12:15–13:15 America/Chicago");
  });

  it("names both days when a session crosses midnight", () => {
    expect(formatRange(utc("2026-03-01T22:30Z"), utc("2026-03-02T00:30Z"), "UTC")).toBe("Sun 1 Mar 2026, 22:30 – Mon 2 Mar 2026, 00:30");
  });

  it("uses everyday abbreviations where there are any, offsets elsewhere", () => {
    expect(zoneAbbreviation(utc("2026-07-01T12:00Z"), "Europe/Berlin")).toBe("CEST");
    expect(zoneAbbreviation(utc("2026-07-01T12:00Z"), "America/Chicago")).toBe("CDT");
    expect(zoneAbbreviation(utc("2026-07-01T12:00Z"), "Europe/London")).toBe("BST");
    expect(zoneAbbreviation(utc("2026-07-01T12:00Z"), "Asia/Kolkata")).toBe("UTC+5:30");
  });
});

describe("session status", () => {
  const session = { startsAt: utc("2026-05-01T10:00Z"), endsAt: utc("2026-05-01T11:00Z") };
  it("is upcoming before the start, live until the end, then ended", () => {
    expect(sessionStatus(session, utc("2026-05-01T09:59:59Z"))).toBe("upcoming");
    expect(sessionStatus(session, utc("2026-05-01T10:00Z"))).toBe("live");
    expect(sessionStatus(session, utc("2026-05-01T10:59:59Z"))).toBe("live");
    expect(sessionStatus(session, utc("2026-05-01T11:00Z"))).toBe("ended");
  });
});

import { describe, expect, it } from "vitest";
import { getReleaseSchedule, releaseScheduleSchema, upcomingMilestones, type ReleaseSchedule } from "@/lib/release-schedule/release-schedule";

const schedule: ReleaseSchedule = {
  source: "test",
  releases: [
    {
      version: "3.16",
      pep: 826,
      milestones: [
        { name: "3.16.0 alpha 3", date: "2026-12-15", kind: "alpha" },
        { name: "3.16.0 beta 1 (feature freeze)", date: "2027-05-04", kind: "feature-freeze" },
        { name: "3.16.0 final", date: "2027-10-05", kind: "release" },
      ],
    },
  ],
};

describe("upcoming release milestones", () => {
  it("gives the next milestone, the next feature freeze and the next release with whole days left", () => {
    const upcoming = upcomingMilestones(schedule, new Date("2026-12-03T23:30:00Z"));
    expect(upcoming.next).toMatchObject({ name: "3.16.0 alpha 3", daysLeft: 12 });
    expect(upcoming.featureFreeze).toMatchObject({ date: "2027-05-04", daysLeft: 152 });
    expect(upcoming.release).toMatchObject({ version: "3.16", daysLeft: 306 });
  });

  it("counts a milestone on its own day as 0 days left, and forgets it the day after", () => {
    expect(upcomingMilestones(schedule, new Date("2026-12-15T08:00:00Z")).next).toMatchObject({ name: "3.16.0 alpha 3", daysLeft: 0 });
    expect(upcomingMilestones(schedule, new Date("2026-12-16T00:00:00Z")).next?.name).toBe("3.16.0 beta 1 (feature freeze)");
  });

  it("has nothing to show once every date has passed", () => {
    expect(upcomingMilestones(schedule, new Date("2028-01-01T00:00:00Z"))).toEqual({ next: null, featureFreeze: null, release: null });
  });

  it("refuses a schedule with an impossible date or an unknown kind", () => {
    const bad = structuredClone(schedule) as unknown as { releases: { milestones: { date: string; kind: string }[] }[] };
    bad.releases[0]!.milestones[0]!.date = "2027-02-30";
    expect(releaseScheduleSchema.safeParse(bad).success).toBe(false);
    bad.releases[0]!.milestones[0]!.date = "2027-02-03";
    bad.releases[0]!.milestones[0]!.kind = "someday";
    expect(releaseScheduleSchema.safeParse(bad).success).toBe(false);
  });

  it("ships a schedule that passes its own checks", async () => {
    const shipped = await getReleaseSchedule();
    expect(shipped.releases.some((release) => release.milestones.some((milestone) => milestone.kind === "feature-freeze"))).toBe(true);
  });
});

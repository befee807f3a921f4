import { readFile } from "node:fs/promises";
import { z } from "zod";
import { projectPath } from "@/lib/paths";

export const milestoneKinds = ["development", "alpha", "feature-freeze", "beta", "candidate", "release"] as const;

/** 2027-02-30 matches the pattern but is no day: it must read back as itself. */
const isCalendarDay = (day: string) => {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
};

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Dates are ISO days, e.g. 2027-05-04." }).refine(isCalendarDay, { message: "Not a calendar date." });

export const releaseScheduleSchema = z.object({
  source: z.string().min(1).max(300),
  releases: z
    .array(
      z.object({
        version: z.string().regex(/^3\.\d{1,2}$/, { message: "A feature version such as 3.16." }),
        pep: z.number().int().positive().max(9999),
        milestones: z.array(z.object({ name: z.string().min(1).max(120), date: isoDay, kind: z.enum(milestoneKinds) })).min(1).max(40),
      }),
    )
    .min(1)
    .max(10),
});
export type ReleaseSchedule = z.infer<typeof releaseScheduleSchema>;

export interface UpcomingMilestone {
  version: string;
  pep: number;
  name: string;
  kind: (typeof milestoneKinds)[number];
  date: string;
  /** Whole days from today (UTC) to the milestone's day; 0 on the day itself. */
  daysLeft: number;
}

const dayMs = 86_400_000;
const startOfUtcDay = (at: Date) => Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());

/**
 * What a statement about a PEP should keep in view: the next milestone of
 * any release, and the next feature freeze and release (the dates after
 * which a change waits a whole year). Milestones of today still count.
 */
export function upcomingMilestones(schedule: ReleaseSchedule, now = new Date()) {
  const today = startOfUtcDay(now);
  const upcoming: UpcomingMilestone[] = schedule.releases
    .flatMap((release) => release.milestones.map((milestone) => ({ version: release.version, pep: release.pep, ...milestone, daysLeft: Math.round((Date.parse(`${milestone.date}T00:00:00Z`) - today) / dayMs) })))
    .filter((milestone) => milestone.daysLeft >= 0)
    .sort((a, b) => a.daysLeft - b.daysLeft);
  return {
    next: upcoming[0] ?? null,
    featureFreeze: upcoming.find((milestone) => milestone.kind === "feature-freeze") ?? null,
    release: upcoming.find((milestone) => milestone.kind === "release") ?? null,
  };
}

let shipped: Promise<ReleaseSchedule> | undefined;

/** The schedule shipped in data/cpython-release-schedule.json, read and checked once per process. */
export function getReleaseSchedule(): Promise<ReleaseSchedule> {
  shipped ??= readFile(projectPath("data", "cpython-release-schedule.json"), "utf8").then((text) => releaseScheduleSchema.parse(JSON.parse(text)));
  return shipped;
}

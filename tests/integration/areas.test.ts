import { beforeEach, describe, expect, it } from "vitest";
import { listAreasWithCounts } from "@/lib/areas/list-areas-with-counts";
import { db } from "@/lib/db";
import { anonymousActor } from "@/lib/permissions";
import { changePainPointStatus } from "@/lib/pain-points/change-pain-point-status";
import { reportPainPoint } from "@/lib/pain-points/report-pain-point";
import { reportSchema } from "@/lib/pain-points/schemas";
import { setPainPointHidden } from "@/lib/pain-points/set-pain-point-hidden";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createPerson } from "../support/factories";

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

async function report(title: string, areas: string[]) {
  const reporter = await createPerson();
  const input = reportSchema.parse({ title, areas, severity: "COSTS_HOURS", description: "Details of what hurts on the cluster.", isReporterPublic: false });
  return (await reportPainPoint({ actor: reporter.actor, input })).id;
}

const countsOf = async (actor: Parameters<typeof listAreasWithCounts>[0]["actor"]) => Object.fromEntries((await listAreasWithCounts({ actor })).map((area) => [area.slug, { peps: area.pepCount, painPoints: area.painPointCount }]));

describe("the areas index", () => {
  it("lists every area in the taxonomy's order with its PEP count", async () => {
    const areas = await listAreasWithCounts({ actor: anonymousActor });
    const stored = await db.area.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true, name: true, summary: true } });
    expect(areas.map(({ slug, name, summary }) => ({ slug, name, summary }))).toEqual(stored);
    expect(areas.length).toBe(6);
    for (const area of areas) expect(area.pepCount).toBe(await db.pepArea.count({ where: { areaSlug: area.slug } }));
    expect(areas.find((area) => area.slug === "packaging")!.pepCount).toBeGreaterThan(0);
  });

  it("counts the reports a person may read: not hidden ones, not merged duplicates, for chairs neither", async () => {
    const chair = await createPerson({ role: "chair" });
    const before = await countsOf(anonymousActor);
    const kept = await report("MPI wheels do not match the site's MPI", ["packaging", "c-api"]);
    const hidden = await report("Buy cheap watches here, spam spam", ["packaging"]);
    const duplicate = await report("The site's MPI and the wheels' MPI differ", ["packaging"]);
    await setPainPointHidden({ actor: chair.actor, painPointId: hidden, isHidden: true, reason: "Spam" });
    await changePainPointStatus({ actor: chair.actor, painPointId: duplicate, status: "DUPLICATE", reason: "Same as the MPI report", duplicateOfId: kept });

    for (const actor of [anonymousActor, (await createPerson()).actor, chair.actor]) {
      const counts = await countsOf(actor);
      expect(counts.packaging!.painPoints).toBe(before.packaging!.painPoints + 1);
      expect(counts["c-api"]!.painPoints).toBe(before["c-api"]!.painPoints + 1);
      expect(counts["array-api"]!.painPoints).toBe(before["array-api"]!.painPoints);
    }
  });

  it("is empty, not an error, before the taxonomy exists", async () => {
    await db.area.deleteMany();
    expect(await listAreasWithCounts({ actor: anonymousActor })).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";

const counts = async () => ({
  areas: await db.area.count(),
  peps: await db.pep.count(),
  hpcPeps: await db.pep.count({ where: { isHpcRelevant: true } }),
  pepAreas: await db.pepArea.count(),
  demoPeople: await db.user.count({ where: { isDemo: true } }),
  statusChanges: await db.pepStatusChange.count(),
});

describe("seeding", () => {
  it("loads the baseline, then the demo, and a second run changes nothing", async () => {
    await seedDatabase({ withDemoData: false });
    expect(await counts()).toEqual({ areas: 6, peps: 737, hpcPeps: 78, pepAreas: 92, demoPeople: 0, statusChanges: 0 });

    await seedDatabase({ withDemoData: true });
    const seeded = await counts();
    // The six people to sign in as, and the demo working group's eight more members and three applicants.
    expect(seeded.demoPeople).toBe(17);
    expect(await db.user.count({ where: { isDemo: true, role: "ADMIN" } })).toBe(1);

    expect(await seedDatabase({ withDemoData: true })).toEqual([]);
    expect(await counts()).toEqual(seeded);
  });

  it("does not bring back what was deliberately changed", async () => {
    await seedDatabase({ withDemoData: true });
    await db.area.update({ where: { slug: "packaging" }, data: { name: "Packaging and distribution" } });
    await seedDatabase({ withDemoData: true });
    expect((await db.area.findUniqueOrThrow({ where: { slug: "packaging" } })).name).toBe("Packaging and distribution");
  });
});

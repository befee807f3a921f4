import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { forgetSavedSite } from "@/lib/pain-points/forget-saved-site";
import { getLastContext } from "@/lib/pain-points/get-last-context";
import { listSavedSites } from "@/lib/pain-points/list-saved-sites";
import { reportPainPoint } from "@/lib/pain-points/report-pain-point";
import { limits, newReportSchema } from "@/lib/pain-points/schemas";
import { setAffected } from "@/lib/pain-points/set-affected";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createPerson } from "../support/factories";
import { refusal } from "../support/refusal";

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

const report = (fields: Record<string, unknown> = {}) =>
  newReportSchema.parse({
    title: "import numpy takes 40 s on 512 nodes",
    areas: ["startup-import"],
    severity: "COSTS_HOURS",
    description: "Every rank stats thousands of files on Lustre while importing numpy.",
    ...fields,
  });

describe("saved sites", () => {
  it("keeps a report's context under the name given, replaces it under the same name, and lists only the person's own", async () => {
    const person = await createPerson();
    const other = await createPerson();
    await reportPainPoint({ actor: person.actor, input: report({ site: "Example Lab", scheduler: "slurm", filesystem: "gpfs", keepSite: "on", keepSiteAs: " Cluster A " }) });
    await reportPainPoint({ actor: other.actor, input: report({ site: "Elsewhere", keepSite: "on", keepSiteAs: "Cluster A" }) });
    expect(await listSavedSites({ actor: person.actor })).toEqual([
      { id: expect.any(String), name: "Cluster A", context: { site: "Example Lab", siteKind: null, scheduler: "slurm", filesystem: "gpfs", installMethod: null, pythonVersion: null, mpi: null, accelerator: null } },
    ]);

    await reportPainPoint({ actor: person.actor, input: report({ site: "Example Lab", scheduler: "pbs", keepSite: "on", keepSiteAs: "Cluster A" }) });
    const [replaced] = await listSavedSites({ actor: person.actor });
    expect(replaced?.context).toMatchObject({ scheduler: "pbs", filesystem: null });
    // Without the box ticked, nothing is kept, whatever name was typed.
    await reportPainPoint({ actor: person.actor, input: report({ site: "Laptop", keepSiteAs: "Laptop" }) });
    expect((await listSavedSites({ actor: person.actor })).map((site) => site.name)).toEqual(["Cluster A"]);
    expect(await listSavedSites({ actor: { userId: null, role: "anonymous" } })).toEqual([]);
  });

  it("asks for a name when the box is ticked without one", () => {
    const parsed = newReportSchema.safeParse({ ...report(), keepSite: "on", keepSiteAs: "  " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["keepSiteAs"]);
  });

  it(`refuses an eleventh site at its field and files nothing, but replaces one of the ${limits.savedSites} by name`, async () => {
    const person = await createPerson();
    for (let index = 0; index < limits.savedSites; index++) await db.savedSite.create({ data: { userId: person.id, name: `Site ${index}` } });
    const before = await db.painPoint.count();
    expect(await refusal(reportPainPoint({ actor: person.actor, input: report({ keepSite: "on", keepSiteAs: "One more" }) }))).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { keepSiteAs: [expect.stringMatching(/forget one/)] } });
    expect(await db.painPoint.count()).toBe(before);
    await reportPainPoint({ actor: person.actor, input: report({ site: "Replaced", keepSite: "on", keepSiteAs: "Site 3" }) });
    expect(await db.savedSite.count({ where: { userId: person.id } })).toBe(limits.savedSites);
    expect((await db.savedSite.findFirstOrThrow({ where: { userId: person.id, name: "Site 3" } })).site).toBe("Replaced");
  });

  it("forgets a person's own site; someone else's is not found and stays", async () => {
    const person = await createPerson();
    const other = await createPerson({ role: "chair" });
    const site = await db.savedSite.create({ data: { userId: person.id, name: "Laptop" } });
    expect(await refusal(forgetSavedSite({ actor: other.actor, savedSiteId: site.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(forgetSavedSite({ actor: { userId: null, role: "anonymous" }, savedSiteId: site.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.savedSite.count({ where: { id: site.id } })).toBe(1);
    expect(await forgetSavedSite({ actor: person.actor, savedSiteId: site.id })).toEqual({ name: "Laptop" });
    expect(await db.savedSite.count({ where: { id: site.id } })).toBe(0);
  });
});

describe("the site from last time", () => {
  it("is the context of the person's newest report or 'affects me too' as given then, never fields pieced together from several", async () => {
    const person = await createPerson();
    await reportPainPoint({ actor: person.actor, input: report({ site: "Old Cluster", scheduler: "slurm", accelerator: "nvidia" }) });
    const { id: secondId } = await reportPainPoint({ actor: person.actor, input: report({ site: "Laptop", installMethod: "pip-venv" }) });
    expect(await getLastContext({ actor: person.actor })).toEqual({ site: "Laptop", installMethod: "pip-venv" });

    const other = await createPerson();
    const { id } = await reportPainPoint({ actor: other.actor, input: report() });
    await setAffected({ actor: person.actor, painPointId: id, isAffected: true, context: { site: "New Centre", filesystem: "lustre" } });
    expect(secondId).toBeGreaterThan(0);
    expect(await getLastContext({ actor: person.actor })).toEqual({ site: "New Centre", filesystem: "lustre" });
  });
});

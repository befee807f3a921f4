import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PepStatus } from "@/lib/generated/prisma/enums";
import { invalidatePepCatalog } from "@/lib/peps/pep-catalog";
import { listPeps, parsePepListQuery, sortKeys } from "@/lib/peps/list-peps";
import { closedStatuses } from "@/lib/peps/vocabulary";
import { seedDatabase } from "@/lib/seed/seed-database";
import { keepDatabaseBetweenTests } from "../support/shared-data";

keepDatabaseBetweenTests();
const areas = ["array-api", "packaging", "jit-performance", "concurrency", "c-api", "startup-import"];
const isClosed = (status: PepStatus) => closedStatuses.includes(status);

beforeAll(async () => {
  await seedDatabase({ withDemoData: true });
  // What issue 17 saw: PEP 725, assessed as high impact, withdrawn by its authors.
  await db.pep.update({ where: { number: 725 }, data: { status: "Withdrawn", lastStatusChangeAt: new Date() } });
  invalidatePepCatalog();
});

describe("closed PEPs in the list", () => {
  for (const scope of ["hpc", "all"] as const) {
    for (const sort of sortKeys) {
      for (const order of ["desc", "asc"] as const) {
        it(`come after every live PEP (${scope}, ${sort}, ${order})`, async () => {
          const { query, problems } = parsePepListQuery({ scope, sort, order }, areas);
          expect(problems).toEqual([]);
          const statuses = (await listPeps(query, { withFacets: false })).peps.map((pep) => pep.status);
          const firstClosed = statuses.findIndex(isClosed);
          expect(firstClosed).toBeGreaterThan(0);
          expect(statuses.slice(firstClosed).every(isClosed)).toBe(true);
        });
      }
    }
  }

  it("a withdrawn PEP of high impact ranks after the live ones of lower impact", async () => {
    const { query } = parsePepListQuery({}, areas);
    const numbers = (await listPeps(query)).peps.map((pep) => pep.number);
    const live = (await listPeps(query)).peps.filter((pep) => !isClosed(pep.status));
    expect(numbers.indexOf(725)).toBeGreaterThanOrEqual(live.length);
    // Among the live ones, impact still decides.
    expect(live[0]!.impact).toBe("HIGH");
    expect(live.findIndex((pep) => pep.impact !== "HIGH")).toBe(3);
  });

  it("keeps the sort within the closed ones", async () => {
    const { query } = parsePepListQuery({ scope: "all", sort: "number", order: "asc" }, areas);
    const closed = (await listPeps(query, { withFacets: false })).peps.filter((pep) => isClosed(pep.status)).map((pep) => pep.number);
    expect(closed).toEqual([...closed].sort((a, b) => a - b));
    expect(closed).toContain(725);
  });
});

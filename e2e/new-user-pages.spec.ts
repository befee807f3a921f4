import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, database } from "./support/database";
import { storageStateFor } from "./support/global-setup";
import { expectNoHorizontalOverflow } from "./support/layout";

/**
 * What a new user trips over (issue 17): 404 pages that say what was not
 * found, an index of the areas, closed PEPs after live ones, and the home
 * page's figures as a well-formed definition list.
 */

const shots = "/tmp/shots-pages";
mkdirSync(shots, { recursive: true });

const widths = [
  { name: "desktop", viewport: { width: 1280, height: 900 } },
  { name: "phone", viewport: { width: 375, height: 812 } },
] as const;

async function atEachWidth(browser: Browser, run: (page: Page, width: (typeof widths)[number]["name"]) => Promise<void>) {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: width.viewport, ...(width.name === "phone" ? { isMobile: true, hasTouch: true } : {}) });
    await run(await context.newPage(), width.name);
    await context.close();
  }
}

test.describe("not found, as a visitor", () => {
  const missing = [
    { path: "/peps/99999", title: "PEP 99999 not found", sentence: /no PEP 99999/, list: { name: "Browse all PEPs", href: "/peps?scope=all" } },
    { path: "/peps/not-a-number", title: "PEP “not-a-number” not found", sentence: /PEP numbers are whole numbers/, list: { name: "Browse all PEPs", href: "/peps?scope=all" } },
    { path: "/peps/99999/assessment/history", title: "PEP 99999 not found", sentence: /no PEP 99999/, list: { name: "Browse all PEPs", href: "/peps?scope=all" } },
    {
      path: "/peps/8/assessment/history",
      title: "Assessment history of PEP 8 not found",
      sentence: /PEP 8 \(Style Guide for Python Code\) has no saved assessment yet/,
      list: { name: "Back to PEP 8", href: "/peps/8" },
    },
    {
      path: "/peps/703/assessment/history/999",
      title: "Version 999 of the assessment of PEP 703 not found",
      sentence: /has no version 999/,
      list: { name: "See the assessment history", href: "/peps/703/assessment/history" },
    },
    { path: "/areas/nope", title: "Area “nope” not found", sentence: /no area called “nope”/, list: { name: "See all areas", href: "/areas" } },
    { path: "/pain-points/999999", title: "Pain point #999999 not found", sentence: /no pain point #999999/, list: { name: "Browse pain points", href: "/pain-points" } },
    { path: "/sessions/no-such-session", title: "Session “no-such-session” not found", sentence: /no session “no-such-session”/, list: { name: "See all sessions", href: "/sessions" } },
    { path: "/sessions/no-such-session/notes", title: "Session “no-such-session” not found", sentence: /no session “no-such-session”/, list: { name: "See all sessions", href: "/sessions" } },
    { path: "/no-such-page", title: "Page not found", sentence: /nothing at \/no-such-page/, list: { name: "Go to the overview", href: "/" } },
  ];

  for (const thing of missing) {
    test(`${thing.path} is a 404 that names what was not found`, async ({ page }) => {
      const response = await page.goto(thing.path);
      expect(response?.status()).toBe(404);
      await expect(page).toHaveTitle(`${thing.title} · PyHPC Hub`);
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { level: 1 })).toHaveText(thing.title);
      await expect(main.locator("p").filter({ hasText: thing.sentence })).toBeVisible();
      await expect(main.getByRole("link", { name: thing.list.name })).toHaveAttribute("href", thing.list.href);
      // A way on: search the hub from here.
      const search = main.getByRole("search", { name: "Search the hub" });
      await search.getByRole("searchbox").fill("free-threading");
      await search.getByRole("searchbox").press("Enter");
      await expect(page).toHaveURL(/\/search\?q=free-threading/);
    });
  }

  test("all 404 pages look alike and fit a phone", async ({ browser }) => {
    await atEachWidth(browser, async (page, width) => {
      for (const path of ["/peps/99999", "/areas/nope", "/no-such-page"]) {
        await page.goto(path);
        await expect(page.getByTestId("not-found")).toBeVisible();
        await expectNoHorizontalOverflow(page);
      }
      await page.goto("/peps/99999");
      await page.screenshot({ path: `${shots}/not-found-${width}.png`, fullPage: true });
    });
  });
});

test.describe("not found, as a chair", () => {
  test.use({ storageState: storageStateFor("chair") });

  for (const thing of [
    { path: "/pain-points/999999/edit", title: "Pain point #999999 not found" },
    { path: "/sessions/no-such-session/edit", title: "Session “no-such-session” not found" },
    { path: "/sessions/no-such-session/notes/revisions", title: "Session “no-such-session” not found" },
    { path: "/peps/99999/assessment/edit", title: "PEP 99999 not found" },
  ]) {
    test(`${thing.path} is a 404 that names what was not found`, async ({ page }) => {
      const response = await page.goto(thing.path);
      expect(response?.status()).toBe(404);
      await expect(page).toHaveTitle(`${thing.title} · PyHPC Hub`);
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(thing.title);
    });
  }
});

test.describe("the areas index", () => {
  /** What a visitor may read of each area: its PEPs, and its reports that are neither hidden nor merged duplicates. */
  async function countsByArea() {
    const { rows } = await database().query<{ slug: string; name: string; peps: number; painPoints: number }>(`
      SELECT a.slug, a.name,
        (SELECT count(*)::int FROM "PepArea" pa WHERE pa."areaSlug" = a.slug) AS peps,
        (SELECT count(*)::int FROM "PainPointArea" ppa JOIN "PainPoint" p ON p.id = ppa."painPointId"
          WHERE ppa."areaSlug" = a.slug AND NOT p."isHidden" AND p.status <> 'DUPLICATE') AS "painPoints"
      FROM "Area" a ORDER BY a."sortOrder"`);
    return rows;
  }

  test("/areas lists every area with its PEP and pain-point counts", async ({ page }) => {
    const response = await page.goto("/areas");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle("Areas · PyHPC Hub");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Areas");
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Overview" })).toHaveAttribute("href", "/");

    // Other tests report pain points meanwhile: compare with the database until both agree.
    await expect(async () => {
      const expected = await countsByArea();
      expect(expected.length).toBe(6);
      await page.reload();
      const items = page.getByRole("list", { name: "Areas" }).getByRole("listitem");
      await expect(items).toHaveCount(expected.length);
      for (const [index, area] of expected.entries()) {
        const item = items.nth(index);
        await expect(item.getByRole("heading", { name: area.name })).toBeVisible();
        await expect(item.getByRole("link", { name: area.name })).toHaveAttribute("href", `/areas/${area.slug}`);
        await expect(item.getByTestId("pep-count")).toHaveText(`${area.peps} PEP${area.peps === 1 ? "" : "s"}`);
        await expect(item.getByTestId("pain-point-count")).toHaveText(`${area.painPoints} pain point${area.painPoints === 1 ? "" : "s"}`);
      }
    }).toPass({ timeout: 30_000 });
  });

  test("hidden reports are not counted", async ({ page }) => {
    const before = (await countsByArea()).find((area) => area.slug === "packaging")!;
    const reporter = await createPerson();
    const { rows: report } = await database().query<{ id: number }>(
      `INSERT INTO "PainPoint" (title, description, severity, "reporterId", "isHidden", "updatedAt") VALUES ('E2E hidden spam in packaging', 'spam', 'COSTS_HOURS', $1, true, now()) RETURNING id`,
      [reporter.id],
    );
    await database().query(`INSERT INTO "PainPointArea" ("painPointId", "areaSlug") VALUES ($1, 'packaging')`, [report[0]!.id]);
    try {
      await expect(async () => {
        const now = (await countsByArea()).find((area) => area.slug === "packaging")!;
        await page.goto(`/areas?fresh=${Date.now()}`);
        const packaging = page
          .getByRole("list", { name: "Areas" })
          .getByRole("listitem")
          .filter({ has: page.getByRole("heading", { name: "Packaging" }) });
        await expect(packaging.getByTestId("pain-point-count")).toHaveText(`${now.painPoints} pain point${now.painPoints === 1 ? "" : "s"}`);
        expect(now.painPoints).toBeGreaterThanOrEqual(before.painPoints);
      }).toPass({ timeout: 30_000 });
    } finally {
      await database().query(`DELETE FROM "PainPoint" WHERE id = $1`, [report[0]!.id]);
    }
  });

  test("the home page and an area's page lead to it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("region", { name: "Areas" }).getByRole("link", { name: "All areas" }).click();
    await expect(page).toHaveURL(/\/areas$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Areas");
    await page.getByRole("link", { name: "Packaging" }).click();
    await expect(page).toHaveURL(/\/areas\/packaging$/);
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Areas" }).click();
    await expect(page).toHaveURL(/\/areas$/);
    await page.goto("/");
    await page.getByRole("region", { name: "The hub in figures" }).getByRole("link", { name: "Areas" }).click();
    await expect(page).toHaveURL(/\/areas$/);
  });

  test("fits a phone and a desktop", async ({ browser }) => {
    await atEachWidth(browser, async (page, width) => {
      await page.goto("/areas");
      await expect(page.getByRole("list", { name: "Areas" }).getByRole("listitem")).toHaveCount(6);
      await expectNoHorizontalOverflow(page);
      await page.screenshot({ path: `${shots}/areas-${width}.png`, fullPage: true });
    });
  });
});

test.describe("closed PEPs", () => {
  const closed = new Set(["Withdrawn", "Rejected", "Superseded"]);

  /** The statuses of the listed PEPs, in order, over every page of the list. */
  async function statusesInOrder(page: Page, path: string) {
    const statuses: string[] = [];
    for (let number = 1; number < 10; number++) {
      await page.goto(`${path}&page=${number}`);
      const rows = await page.getByTestId("pep-row").evaluateAll((items) => items.map((item) => /^(\w+):/.exec(item.querySelector(".list-card-meta [title]")?.getAttribute("title") ?? "")?.[1] ?? "?"));
      statuses.push(...rows);
      if ((await page.getByRole("navigation", { name: "Pages of PEPs" }).getByRole("link", { name: /Next/ }).count()) === 0) break;
    }
    return statuses;
  }

  for (const sort of ["impact", "number", "created", "status-change", "pain-points"]) {
    for (const order of ["desc", "asc"]) {
      test(`come after live ones on /peps sorted by ${sort}, ${order}`, async ({ page }) => {
        const statuses = await statusesInOrder(page, `/peps?sort=${sort}&order=${order}`);
        expect(statuses.length).toBe(78);
        const firstClosed = statuses.findIndex((status) => closed.has(status));
        expect(firstClosed).toBeGreaterThan(0);
        expect(
          statuses.slice(firstClosed).filter((status) => !closed.has(status)),
          `live PEPs after the first closed one (at ${firstClosed})`,
        ).toEqual([]);
      });
    }
  }

  test("come after live ones in the read API too, in every sort", async ({ request }) => {
    for (const sort of ["impact", "number", "created", "status-change", "pain-points"]) {
      for (const order of ["desc", "asc"]) {
        const response = await request.get(`/api/v1/peps?limit=200&sort=${sort}&order=${order}`);
        expect(response.status()).toBe(200);
        const body = (await response.json()) as { items: { status: string }[] };
        const firstClosed = body.items.findIndex((pep) => closed.has(pep.status));
        expect(firstClosed, `${sort} ${order}`).toBeGreaterThan(0);
        expect(body.items.slice(firstClosed).filter((pep) => !closed.has(pep.status)).length, `${sort} ${order}`).toBe(0);
      }
    }
  });

  test("the list says where the closed PEPs start", async ({ browser }) => {
    await atEachWidth(browser, async (page, width) => {
      await page.goto("/peps?page=2");
      const closedList = page.getByRole("list", { name: "PEPs no longer in play" });
      await expect(closedList.getByTestId("pep-row").first()).toBeVisible();
      await expect(page.getByText("No longer in play: withdrawn, rejected and superseded PEPs come last")).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await page.screenshot({ path: `${shots}/peps-closed-last-${width}.png`, fullPage: true });
    });
  });

  test("a superseded PEP's page says so at the top and links what replaced it", async ({ browser }) => {
    await atEachWidth(browser, async (page, width) => {
      await page.goto("/peps/513");
      const notice = page.getByRole("status").filter({ hasText: "no longer in play" });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText("Superseded");
      await expect(notice.getByRole("link", { name: /PEP 600/ })).toHaveAttribute("href", "/peps/600");
      // Near the top: on screen without scrolling, above the assessment and the metadata.
      const box = (await notice.boundingBox())!;
      expect(box.y + box.height).toBeLessThan(width === "phone" ? 812 : 900);
      expect(box.y).toBeLessThan((await page.getByRole("heading", { name: "About this PEP" }).boundingBox())!.y);
      await expectNoHorizontalOverflow(page);
      await page.screenshot({ path: `${shots}/closed-pep-${width}.png`, fullPage: true });
    });
  });

  test("withdrawn and rejected PEPs say so; live ones carry no notice", async ({ page }) => {
    await page.goto("/peps/3146");
    await expect(page.getByRole("status").filter({ hasText: "no longer in play" })).toContainText("Withdrawn");
    await page.goto("/peps/690");
    await expect(page.getByRole("status").filter({ hasText: "no longer in play" })).toContainText("Rejected");
    await page.goto("/peps/703");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("no longer in play")).toHaveCount(0);
  });
});

test.describe("the home page's figures", () => {
  test("are a well-formed definition list whose entries still lead on", async ({ browser }) => {
    await atEachWidth(browser, async (page, width) => {
      await page.goto("/");
      const results = await new AxeBuilder({ page }).withRules(["definition-list", "dlitem", "list", "listitem"]).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`)).toEqual([]);
      const figures = page.getByRole("region", { name: "The hub in figures" });
      await expect(figures.getByRole("term")).toHaveCount(4);
      await figures.screenshot({ path: `${shots}/home-figures-${width}.png` });
      await figures.getByRole("link", { name: "PEPs tracked" }).click();
      await expect(page).toHaveURL(/\/peps$/);
    });
  });
});

import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, database } from "./support/database";
import { expectNoHorizontalOverflow } from "./support/layout";

/**
 * Search reaches the evidence: a visitor finds the demo report (whose
 * `python -X importtime` profile shows scipy.sparse._sparsetools and
 * numpy.linalg, words its text never uses) by a module name, in site search and
 * on the board, and sees why it matched; and results put a title match above a
 * description match on both.
 */

const demoTitle = /import numpy and scipy takes over 30 s per rank/;
const group = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name} \\d+$`) });

/** A report filed straight into the database with the vector the app writes for a report without evidence. */
async function seedReport({ title, description, siteCount }: { title: string; description: string; siteCount: number }) {
  const reporter = await createPerson("user");
  const { rows } = await database().query<{ id: number }>(
    `INSERT INTO "PainPoint" (title, description, severity, "reporterId", "affectedCount", "siteCount", "updatedAt", "lastActivityAt", "searchVector")
     VALUES ($1, $2, 'COSTS_HOURS', $3, $4, $4, now(), now(), setweight(to_tsvector('english', $1), 'A') || setweight(to_tsvector('english', $2), 'B'))
     RETURNING id`,
    [title, description, reporter.id, siteCount],
  );
  return { id: rows[0]!.id, title };
}

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "375 px", width: 375, height: 800 },
]) {
  test.describe(`finding a report by its evidence, as a visitor (${viewport.name})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("site search finds the demo report by a module name of its profile and says which module matched", async ({ page }) => {
      await page.goto("/search");
      await page.getByRole("searchbox", { name: "Search for" }).fill("scipy.sparse._sparsetools");
      await page.getByRole("searchbox", { name: "Search for" }).press("Enter");
      await expect(page).toHaveURL("/search?q=scipy.sparse._sparsetools");
      const hit = group(page, "Pain points")
        .getByTestId("search-hit")
        .filter({ has: page.getByRole("link", { name: demoTitle }) });
      await expect(hit).toHaveCount(1);
      const evidence = hit.getByTestId("search-evidence");
      await expect(evidence).toContainText("python -X importtime profile shows scipy.sparse._sparsetools");
      await expect(evidence.locator("mark")).toHaveText(["scipy.sparse._sparsetools"]);
      await expectNoHorizontalOverflow(page);

      await page.goto("/search?q=numpy.linalg");
      const byPackage = group(page, "Pain points")
        .getByTestId("search-hit")
        .filter({ has: page.getByRole("link", { name: demoTitle }) });
      await expect(byPackage.getByTestId("search-evidence").locator("mark")).toHaveText(["numpy.linalg", "numpy.linalg._umath_linalg"]);
      await expectNoHorizontalOverflow(page);

      await byPackage.getByRole("link", { name: demoTitle }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(demoTitle);
    });

    test("the board finds it by a module name too, ordered by best match", async ({ page }) => {
      await page.goto("/pain-points");
      await expect(page.getByRole("combobox", { name: "Sort by" })).toHaveValue("");
      await expect(page.getByRole("combobox", { name: "Sort by" }).locator("option:checked")).toHaveText("Most affected");
      const search = page.getByRole("searchbox", { name: "Search", exact: true });
      await search.fill("sparsetools");
      await search.press("Enter");
      // The order the form sent is "the default for these words": best match.
      await expect(page).toHaveURL(/[?&]q=sparsetools/);
      expect(new URL(page.url()).searchParams.get("sort") ?? "").toBe("");
      await expect(page.getByRole("combobox", { name: "Sort by" }).locator("option:checked")).toHaveText("Best match");
      await expect(page.getByTestId("pain-point-row").filter({ has: page.getByRole("link", { name: demoTitle }) })).toHaveCount(1);
      await expectNoHorizontalOverflow(page);
    });
  });
}

test.describe("ranking, as a visitor", () => {
  test("a report with the word in its title comes before one with it only in its description, on both searches", async ({ page }) => {
    const word = `quillon${randomUUID().slice(0, 6)}`;
    const inTitle = await seedReport({ title: `Slow ${word} start-up on GPFS`, description: "Every rank stats the same files.", siteCount: 1 });
    // Reported later and by more sites: only relevance puts it second.
    const inDescription = await seedReport({ title: `Start-up stalls ${randomUUID().slice(0, 6)}`, description: `The ${word} loader reads ${word} files; ${word} is slow on every rank.`, siteCount: 9 });

    await page.goto(`/search?q=${word}`);
    const hits = group(page, "Pain points").getByTestId("search-hit");
    await expect(hits).toHaveCount(2);
    await expect(hits.nth(0).getByRole("link")).toHaveText(inTitle.title);
    await expect(hits.nth(1).getByRole("link")).toHaveText(inDescription.title);
    await expect(hits.nth(1).getByTestId("search-snippet").locator("mark").first()).toHaveText(word);
    await expect(hits.getByTestId("search-evidence")).toHaveCount(0);

    await page.goto(`/pain-points?q=${word}`);
    const rows = page.getByTestId("pain-point-row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0).getByRole("link")).toHaveText(inTitle.title);
    await expect(rows.nth(1).getByRole("link")).toHaveText(inDescription.title);

    // Another order still works, and is kept in the address.
    await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Most affected" });
    await expect(page).toHaveURL(/[?&]sort=affected/);
    await expect(rows.nth(0).getByRole("link")).toHaveText(inDescription.title);
    await expect(rows.nth(1).getByRole("link")).toHaveText(inTitle.title);
  });
});

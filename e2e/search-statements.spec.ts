import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, database, pageAs } from "./support/database";
import { expectNoHorizontalOverflow } from "./support/layout";

/**
 * Statements in the site search: a visitor finds the published statement
 * that has a word and not the draft that has it too; a member finds both,
 * each with its stage. The statements are written straight into the
 * database without a search vector: PostgreSQL computes it.
 */

/** A word nobody else has written, e.g. "wombatb1c2d3". */
const uniqueWord = () => `wombat${randomUUID().slice(0, 6)}`;
const group = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name} \\d+$`) });

async function seedStatement({ word, stage }: { word: string; stage: "DRAFT" | "PUBLISHED" }) {
  const suffix = randomUUID().slice(0, 8);
  const title = stage === "PUBLISHED" ? `Free-threaded wheels before the default changes ${suffix}` : `Draft on scheduler hooks ${suffix}`;
  const isPublished = stage === "PUBLISHED";
  await database().query(
    `INSERT INTO "Statement" (slug, title, target, "targetPep", areas, summary, stage, markdown, "publishedAt", "updatedAt")
     VALUES ($1, $2, $3::"StatementTarget", $4, '{concurrency}', $5, $6::"StatementStage", $7, $8, now())`,
    [
      `search-${suffix}`,
      title,
      isPublished ? "PEP" : "GENERAL",
      isPublished ? 703 : null,
      "The working group asks that free-threaded builds be tested on the schedulers HPC centres run.",
      stage,
      `## Why\n\nOur users measured **${word}** on 128-core nodes.\n`,
      isPublished ? new Date() : null,
    ],
  );
  return { slug: `search-${suffix}`, title };
}

test.describe("statements in the site search", () => {
  test("a visitor finds the published statement by a word of its text, not the draft, and follows it", async ({ page }) => {
    const word = uniqueWord();
    const published = await seedStatement({ word, stage: "PUBLISHED" });
    const draft = await seedStatement({ word, stage: "DRAFT" });

    await page.goto("/");
    await page.getByRole("banner").getByRole("searchbox", { name: "Search the site" }).fill(word);
    await page.getByRole("banner").getByRole("searchbox", { name: "Search the site" }).press("Enter");
    await expect(page).toHaveURL(`/search?q=${word}`);
    await expect(page.getByRole("navigation", { name: "Kinds of results" }).getByRole("link", { name: "Statements 1" })).toBeVisible();
    const statements = group(page, "Statements");
    await expect(statements).toHaveAccessibleName("Statements 1");
    const hit = statements.getByTestId("search-hit");
    await expect(hit).toHaveCount(1);
    await expect(hit.getByText("Published", { exact: true })).toBeVisible();
    await expect(hit).toContainText("To PEP 703");
    await expect(hit.getByTestId("search-snippet").locator("mark")).toHaveText(word);
    await expect(hit.getByTestId("search-snippet")).not.toContainText("**");
    await expect(page.getByRole("link", { name: draft.title })).toHaveCount(0);

    await hit.getByRole("link", { name: published.title }).click();
    await expect(page).toHaveURL(`/statements/${published.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(published.title);

    // The statements' own tab holds nothing more for a visitor.
    await page.goto(`/search?q=${word}&kind=statements`);
    await expect(group(page, "Statements").getByTestId("search-hit")).toHaveCount(1);
  });

  test("a signed-in person who is not a member finds no draft; a member finds it with its stage", async ({ browser }) => {
    const word = uniqueWord();
    const published = await seedStatement({ word, stage: "PUBLISHED" });
    const draft = await seedStatement({ word, stage: "DRAFT" });

    const user = await pageAs(browser, await createPerson("user"));
    await user.page.goto(`/search?q=${word}&kind=statements`);
    await expect(group(user.page, "Statements")).toHaveAccessibleName("Statements 1");
    await expect(user.page.getByRole("link", { name: draft.title })).toHaveCount(0);
    await user.context.close();

    const member = await pageAs(browser, await createPerson("member"));
    await member.page.goto(`/search?q=${word}`);
    const statements = group(member.page, "Statements");
    await expect(statements).toHaveAccessibleName("Statements 2");
    const draftHit = statements.getByTestId("search-hit").filter({ has: member.page.getByRole("link", { name: draft.title }) });
    await expect(draftHit.getByText("Draft", { exact: true })).toBeVisible();
    await expect(draftHit).toContainText("To the Python community");
    const publishedHit = statements.getByTestId("search-hit").filter({ has: member.page.getByRole("link", { name: published.title }) });
    await expect(publishedHit.getByText("Published", { exact: true })).toBeVisible();
    await expectNoHorizontalOverflow(member.page);

    await draftHit.getByRole("link", { name: draft.title }).click();
    await expect(member.page).toHaveURL(`/statements/${draft.slug}`);
    await member.context.close();
  });
});

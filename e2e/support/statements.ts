import type { Page } from "@playwright/test";
import { expect } from "./test";
import { database } from "./database";

/** Steps the statements' browser tests share. */

export const stageOf = async (slug: string) => (await database().query<{ stage: string }>(`SELECT stage::text FROM "Statement" WHERE slug = $1`, [slug])).rows[0]?.stage;

/** Starts a statement through the form as `page`'s member and returns its address. */
export async function startStatement(page: Page, title: string) {
  await page.goto("/statements/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Speaks to").selectOption("PEP");
  await page.getByLabel("PEP number").fill("703");
  await page.getByRole("checkbox", { name: /Concurrency/ }).check();
  await page.getByLabel("Summary").fill("Centres need free-threaded wheels of the scientific stack before the default build changes.");
  await page.getByLabel("First text (optional)").fill("## Why\n\nOur users run on 128-core nodes; see PEP 779.");
  await page.getByRole("button", { name: "Start the draft" }).click();
  // Not /statements/new itself: the statement's own page, where the form's redirect lands.
  await page.waitForURL((url) => /^\/statements\/[a-z0-9-]+$/.test(url.pathname) && url.pathname !== "/statements/new");
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** Takes the statement to review as the chair, back-dating the review so that the charter's seven days have passed. */
export async function toReviewLongAgo(chairPage: Page, slug: string) {
  await chairPage.goto(`/statements/${slug}`);
  const steps = chairPage.getByTestId("chair-steps");
  await steps.getByLabel("Put it up for review, with a reason").fill("Ready for the group to read.");
  await steps.getByRole("button", { name: "Start the review" }).click();
  await expect.poll(() => stageOf(slug)).toBe("REVIEW");
  await database().query(`UPDATE "Statement" SET "reviewStartedAt" = now() - interval '10 days' WHERE slug = $1`, [slug]);
}

export const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 16);

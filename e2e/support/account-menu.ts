import { expect, type Page } from "@playwright/test";

/**
 * Opens the header's account menu. The menu is a client island that loads
 * after the page; a click that lands before it hydrates does nothing, so
 * click again until the menu is there.
 */
export async function openAccountMenu(page: Page, name: string) {
  const button = page.getByRole("button", { name: `Account menu for ${name}` });
  await expect(button).toBeVisible();
  await expect(async () => {
    await button.click();
    await expect(page.getByRole("menu")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return page.getByRole("menu");
}

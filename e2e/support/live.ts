import { expect, type Page } from "@playwright/test";

/**
 * How long a freshly opened page may take to open its live connections. The
 * page first loads and runs its scripts; on a 2-core CI machine where two
 * workers each drive several browsers, that alone has taken over 10 s. What
 * a test checks once connected (news arriving) keeps the usual timeout.
 */
const CONNECT_TIMEOUT_MS = 30_000;

/** Opens a session's page (or its speaker view) and waits for its live channel. */
export async function openLivePage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId("live-connection")).toHaveAttribute("data-state", "live", { timeout: CONNECT_TIMEOUT_MS });
}

/** Opens a session's page and waits until its notes are connected and in sync. */
export async function openLiveNotes(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "live", { timeout: CONNECT_TIMEOUT_MS });
  await expect(page.getByTestId("notes-editor")).toHaveAttribute("data-synced", "true");
}

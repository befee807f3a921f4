import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createSession, pageAs } from "./support/database";
import { openLiveNotes } from "./support/live";

/**
 * Glossary terms marked where people read: in a live session's notes, as a
 * visitor sees them, at desktop and phone width, by pointer, keyboard and
 * touch; and the reader's choice to turn the marks off.
 */

const notes = ["## Set-up", "", "Load the module before the job starts. Another module follows, and the job after it.", "", "```", "module load python", "```"].join("\n");

/** The live notes as a reader sees them, once the editor has connected (before that, the server's rendering is replaced). */
const notesRegion = (page: Page) => page.getByTestId("notes-preview");
const marked = (page: Page, word: string) => notesRegion(page).getByRole("button", { name: word, exact: true });
const popoverFor = (page: Page, word: string) => page.getByRole("group", { name: word, exact: true });

test.describe("glossary marks in session notes", () => {
  test("a visitor hovers a marked term at desktop width and sees both readings, without the text moving; only the first occurrence is marked, never in code", async ({ browser }) => {
    const session = await createSession({ notes });
    const { context, page } = await pageAs(browser);
    await openLiveNotes(page, session.path);
    await expect(marked(page, "module")).toHaveCount(1);
    await expect(marked(page, "job")).toHaveCount(1);
    await expect(notesRegion(page).locator("pre")).toContainText("module load python");
    await expect(notesRegion(page).locator("pre").getByRole("button")).toHaveCount(0);
    await expect(marked(page, "module")).toHaveAttribute("aria-expanded", "false");
    // Announced: the button is described by both readings.
    await expect(marked(page, "module")).toHaveAccessibleDescription(/Glossary term.*HPC.*Python/);

    const paragraph = notesRegion(page).locator("p").first();
    await paragraph.scrollIntoViewIfNeeded();
    const before = await paragraph.boundingBox();
    await marked(page, "module").hover();
    const popover = popoverFor(page, "module");
    await expect(popover).toBeVisible();
    await expect(popover).toContainText("HPC");
    await expect(popover).toContainText("Python");
    await expect(popover.getByRole("link", { name: "Full entry" })).toHaveAttribute("href", "/glossary/module");
    expect(await paragraph.boundingBox()).toEqual(before);
    await page.screenshot({ path: "test-results/glossary-mark-hover.png" });

    await page.mouse.move(0, 0);
    await expect(popover).toBeHidden();
    await context.close();
  });

  test("keyboard focus shows the readings, Escape closes them; turning the marks off is remembered", async ({ browser }) => {
    const session = await createSession({ notes });
    const { context, page } = await pageAs(browser);
    await openLiveNotes(page, session.path);
    const trigger = marked(page, "module");
    await expect(trigger).toBeVisible();
    for (let presses = 0; presses < 80 && !(await trigger.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press("Tab");
    await expect(trigger).toBeFocused();
    const popover = popoverFor(page, "module");
    await expect(popover).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(popover).toBeHidden();
    await expect(trigger).toBeFocused();

    await trigger.click();
    await expect(popover).toBeVisible();
    await popover.getByRole("button", { name: "Turn off term marks" }).click();
    await expect(marked(page, "module")).toHaveCount(0);
    await expect(notesRegion(page)).toContainText("Load the module before the job starts.");
    await openLiveNotes(page, session.path);
    await expect(notesRegion(page)).toContainText("Load the module before the job starts.");
    await expect(marked(page, "module")).toHaveCount(0);

    await page.goto("/glossary");
    await page.getByRole("switch", { name: "Mark glossary terms in text" }).click();
    await openLiveNotes(page, session.path);
    await expect(marked(page, "module")).toHaveCount(1);
    await context.close();
  });

  test("on a phone a tap opens the readings inside the screen and a second tap closes them, without navigating", async ({ browser }) => {
    const session = await createSession({ notes });
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await openLiveNotes(page, session.path);
    const trigger = marked(page, "job");
    await trigger.scrollIntoViewIfNeeded();
    await trigger.tap();
    const popover = popoverFor(page, "job");
    await expect(popover).toBeVisible();
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await expect(page).toHaveURL(new RegExp(`${session.path}$`));
    await page.screenshot({ path: "test-results/glossary-mark-phone.png" });
    await trigger.tap();
    await expect(popover).toBeHidden();
    await context.close();
  });
});

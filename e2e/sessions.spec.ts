import { randomUUID } from "node:crypto";
import type { Browser, Download, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, createSession, database, signInAs, type TestRole } from "./support/database";
import { storageStateFor } from "./support/global-setup";
import { expectNoHorizontalOverflow } from "./support/layout";

/**
 * Sessions as chairs plan them and as members, users and visitors find them.
 * Browsers run in Berlin time, so times planned in Chicago are shown
 * converted. Every test that writes works on sessions of its own (unique
 * titles); the demo data's sessions are only read.
 */

const viewerZone = "Europe/Berlin";
const demo = {
  bof: { slug: "sc25-python-for-hpc-state-of-the-ecosystem", title: "Python for HPC: State of the Ecosystem" },
  membersOnly: { slug: "members-meeting-free-threading-statement", title: "Members' meeting: drafting the statement on free-threading" },
  upcomingCall: { title: "Working-group call: free-threaded Python on clusters" },
};

async function pageAs(browser: Browser, role: TestRole) {
  const person = await createPerson(role);
  const context = await browser.newContext({ timezoneId: viewerZone });
  await signInAs(context, person);
  return { person, context, page: await context.newPage() };
}

const agendaRows = (page: Page) => page.getByTestId("agenda-row");
/** The agenda's titles as the form has them, top to bottom. */
const agendaTitles = (page: Page) => page.getByRole("textbox", { name: /^Title of item \d+$/ }).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
const sessionAgenda = (page: Page) => page.getByTestId("agenda-item");

async function fillAgendaRow(page: Page, number: number, { title, speaker, minutes }: { title: string; speaker?: string; minutes: string }) {
  await page.getByLabel(`Title of item ${number}`).fill(title);
  if (speaker) await page.getByLabel(`Speaker of item ${number}`).fill(speaker);
  await page.getByLabel(`Minutes of item ${number}`).fill(minutes);
}

async function textOf(download: Download) {
  const chunks = await (await download.createReadStream()).toArray();
  return Buffer.concat(chunks).toString("utf8").replace(/\r\n[ \t]/g, "");
}

test.describe("planning sessions, as a chair", () => {
  test("plans a session with an agenda, reorders it, edits it, finds it listed and adds it to a calendar", async ({ browser }) => {
    const { context, page } = await pageAs(browser, "chair");
    const suffix = randomUUID().slice(0, 6);
    const title = `E2E BoF on array APIs ${suffix}`;

    await page.goto("/sessions");
    await page.getByRole("link", { name: "New session" }).click();
    await expect(page.getByRole("heading", { name: "New session", level: 1 })).toBeVisible();

    await page.getByLabel("Title", { exact: true }).fill(title);
    await expect(page.getByLabel("Address")).toHaveValue(`e2e-bof-on-array-apis-${suffix}`);
    // The zone starts as the browser's; the chair plans in Chicago time.
    await expect(page.getByLabel("Time zone")).toHaveValue(viewerZone);
    await page.getByLabel("Time zone").selectOption("America/Chicago");
    await page.getByLabel("Start date").fill("2030-03-12");
    await page.getByLabel("Start time").fill("12:15");
    await expect(page.getByLabel("End date")).toHaveValue("2030-03-12");
    await page.getByLabel("End time").fill("13:15");
    await page.getByRole("textbox", { name: /^Description/ }).fill("Lightning talks on the **array API** standard.");
    await page.getByRole("tab", { name: "preview" }).click();
    await expect(page.getByTestId("description-preview").locator("strong")).toHaveText("array API");
    await page.getByRole("tab", { name: "write" }).click();
    await page.getByLabel("Venue").fill("Room 210, Example Convention Centre");
    await page.getByLabel("Video link").fill("https://meet.example.org/e2e-bof");

    await fillAgendaRow(page, 1, { title: "Welcome", speaker: "E2E Chair", minutes: "5" });
    await page.getByRole("button", { name: "Add item" }).click();
    await expect(page.getByLabel("Title of item 2")).toBeFocused();
    await fillAgendaRow(page, 2, { title: "Array API standard", minutes: "10" });
    await page.getByRole("button", { name: "Add item" }).click();
    await fillAgendaRow(page, 3, { title: "Discussion", minutes: "45" });
    await page.getByRole("button", { name: "Add item" }).click();
    await fillAgendaRow(page, 4, { title: "To be removed", minutes: "1" });
    await expect(page.getByTestId("agenda-total")).toHaveText("4 items · 61 min of the session’s 60 — longer than the session");
    await page.getByRole("button", { name: "Remove item 4" }).click();
    // Discussion to the top: two moves up, focus staying on the moved item's button.
    await page.getByRole("button", { name: "Move item 3 up" }).click();
    await expect(page.getByRole("button", { name: "Move item 2 up" })).toBeFocused();
    await page.getByRole("button", { name: "Move item 2 up" }).click();
    await expect.poll(() => agendaTitles(page)).toEqual(["Discussion", "Welcome", "Array API standard"]);
    await expect(page.getByTestId("agenda-total")).toHaveText("3 items · 60 min of the session’s 60");

    await page.getByRole("button", { name: "Create session" }).click();
    await expect(page.getByText("The session is planned", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/sessions/e2e-bof-on-array-apis-${suffix}\\?created=1$`));
    await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(title);
    await expect(page.getByTestId("session-time").first()).toHaveText("Tue 12 Mar 2030, 18:15–19:15 your time (CET) · planned as 12:15–13:15 America/Chicago");
    await expect(page.getByText("Room 210, Example Convention Centre")).toBeVisible();
    await expect(page.getByRole("link", { name: "Video link" })).toHaveAttribute("href", "https://meet.example.org/e2e-bof");
    await expect(sessionAgenda(page)).toHaveCount(3);
    await expect(sessionAgenda(page).nth(0)).toContainText("18:15");
    await expect(sessionAgenda(page).nth(0)).toContainText("Discussion");
    await expect(sessionAgenda(page).nth(1)).toContainText("19:00");
    await expect(sessionAgenda(page).nth(1)).toContainText("WelcomeE2E Chair · 5 min");
    await expect(sessionAgenda(page).nth(2)).toContainText("19:05");
    const { rows } = await database().query<{ title: string }>(
      `SELECT a.title FROM "AgendaItem" a JOIN "BofSession" s ON s.id = a."sessionId" WHERE s.title = $1 ORDER BY a.position`,
      [title],
    );
    expect(rows.map((row) => row.title)).toEqual(["Discussion", "Welcome", "Array API standard"]);

    // Editing: the form starts from the session as saved, in its own zone.
    await page.getByRole("link", { name: "Edit" }).click();
    await expect(page.getByRole("heading", { name: "Edit session", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Time zone")).toHaveValue("America/Chicago");
    await expect(page.getByLabel("Start time")).toHaveValue("12:15");
    await expect.poll(() => agendaTitles(page)).toEqual(["Discussion", "Welcome", "Array API standard"]);
    await page.getByRole("button", { name: "Move item 1 down" }).click();
    await expect.poll(() => agendaTitles(page)).toEqual(["Welcome", "Discussion", "Array API standard"]);
    await page.getByLabel("Title", { exact: true }).fill(`${title} (edited)`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Your changes are saved", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(`${title} (edited)`);
    await expect(sessionAgenda(page).nth(0)).toContainText("Welcome");
    await expect(sessionAgenda(page).nth(1)).toContainText("18:20");
    await expect(sessionAgenda(page).nth(1)).toContainText("Discussion");

    // Listed among the upcoming sessions.
    await page.goto("/sessions");
    const upcoming = page.getByRole("region", { name: /^Upcoming/ });
    await expect(upcoming.getByRole("link", { name: `${title} (edited)` })).toBeVisible();

    // Add to calendar: an .ics file with the session in UTC.
    await upcoming.getByRole("link", { name: `${title} (edited)` }).click();
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Add to calendar" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`e2e-bof-on-array-apis-${suffix}.ics`);
    const ics = await textOf(download);
    expect(ics.split("BEGIN:VEVENT").length - 1).toBe(1);
    expect(ics).toContain(`SUMMARY:${title} (edited)`);
    expect(ics).toContain("DTSTART:20300312T171500Z");
    expect(ics).toContain("DTEND:20300312T181500Z");
    expect(ics).toContain("LOCATION:Room 210\\, Example Convention Centre");
    expect(ics).toMatch(/UID:session-\d+@localhost/);
    await context.close();
  });

  test("bad input gets messages at its fields, agenda rows included, and keeps everything typed", async ({ browser }) => {
    const { context, page } = await pageAs(browser, "chair");
    const suffix = randomUUID().slice(0, 6);
    await page.goto("/sessions/new");
    await page.getByLabel("Title", { exact: true }).fill("X");
    await page.getByLabel("Time zone").selectOption("Asia/Tokyo");
    await page.getByLabel("Start date").fill("2030-06-01");
    await page.getByLabel("Start time").fill("14:00");
    await page.getByLabel("End time").fill("13:00");
    await page.getByLabel("Video link").fill("meet.example.org/no-scheme");
    await page.getByLabel("Chat link").fill("javascript:alert(1)");
    await fillAgendaRow(page, 1, { title: "Welcome", minutes: "5" });
    await page.getByRole("button", { name: "Add item" }).click();
    await fillAgendaRow(page, 2, { title: "Far too long", minutes: "601" });
    await page.getByRole("button", { name: "Add item" }).click();
    await page.getByLabel("Speaker of item 3").fill("Somebody");
    await page.getByLabel("Minutes of item 3").fill("10");
    await page.getByRole("button", { name: "Create session" }).click();

    await expect(page.getByText("Not saved yet")).toBeVisible();
    await expect(page.getByText("Give the session a title of at least 3 characters.")).toBeVisible();
    await expect(page.getByText("The session has to end after it starts.")).toBeVisible();
    await expect(page.getByText("Give the video link as a web address starting with https:// (or http://).")).toBeVisible();
    await expect(page.getByText("Give the chat link as a web address starting with https:// (or http://).")).toBeVisible();
    await expect(agendaRows(page).nth(1)).toContainText("Give the minutes as a whole number from 1 to 600.");
    await expect(agendaRows(page).nth(2)).toContainText("Give the item a title.");
    await expect(page.getByLabel("Minutes of item 2")).toHaveAttribute("aria-invalid", "true");
    // Everything typed is still there.
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("X");
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    await expect(page.getByLabel("Start time")).toHaveValue("14:00");
    await expect(page.getByLabel("Video link")).toHaveValue("meet.example.org/no-scheme");
    await expect.poll(() => agendaTitles(page)).toEqual(["Welcome", "Far too long", ""]);
    await expect(page.getByLabel("Minutes of item 2")).toHaveValue("601");

    // A row's message moves with the row.
    await page.getByRole("button", { name: "Move item 2 up" }).click();
    await expect(agendaRows(page).nth(0)).toContainText("Give the minutes as a whole number from 1 to 600.");
    await expect(agendaRows(page).nth(1)).not.toContainText("Give the minutes");

    const title = `E2E corrected session ${suffix}`;
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("End time").fill("15:30");
    await page.getByLabel("Video link").fill("https://meet.example.org/fixed");
    await page.getByLabel("Chat link").fill("");
    await page.getByLabel("Minutes of item 1").fill("60");
    await page.getByRole("button", { name: "Remove item 3" }).click();
    await page.getByRole("button", { name: "Create session" }).click();
    await expect(page.getByText("The session is planned", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(title);
    await expect(page.getByTestId("session-time").first()).toHaveText("Sat 1 Jun 2030, 07:00–08:30 your time (CEST) · planned as 14:00–15:30 Asia/Tokyo");
    await context.close();
  });

  test("a chosen address another session has is refused at the field", async ({ browser }) => {
    const { context, page } = await pageAs(browser, "chair");
    await page.goto("/sessions/new");
    await page.getByLabel("Title", { exact: true }).fill(`E2E address clash ${randomUUID().slice(0, 6)}`);
    await page.getByLabel("Address").fill(demo.bof.slug);
    await page.getByLabel("Start date").fill("2030-01-10");
    await page.getByLabel("Start time").fill("10:00");
    await page.getByLabel("End time").fill("11:00");
    await page.getByRole("button", { name: "Create session" }).click();
    await expect(page.getByText(`Another session already has the address /sessions/${demo.bof.slug}; choose another.`)).toBeVisible();
    await expect(page.getByLabel("Address")).toHaveValue(demo.bof.slug);
    await context.close();
  });
});

test.describe("as a plain user", () => {
  test.use({ storageState: storageStateFor("user"), timezoneId: viewerZone });

  test("sees no New button, is refused the editor, and never sees a members-only session", async ({ page }) => {
    await page.goto("/sessions");
    await expect(page.getByRole("heading", { name: "Sessions", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: demo.bof.title })).toBeVisible();
    await expect(page.getByRole("link", { name: "New session" })).toHaveCount(0);
    await expect(page.getByText(demo.membersOnly.title)).toHaveCount(0);
    await expect(page.getByTestId("members-only-badge")).toHaveCount(0);

    await page.goto("/sessions/new");
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await expect(page.getByLabel("Title", { exact: true })).toHaveCount(0);
    await page.goto(`/sessions/${demo.bof.slug}/edit`);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

    const response = await page.goto(`/sessions/${demo.membersOnly.slug}`);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { name: `Session “${demo.membersOnly.slug}” not found` })).toBeVisible();
    expect((await page.request.get(`/sessions/${demo.membersOnly.slug}/calendar.ics`)).status()).toBe(404);

    await page.goto(`/sessions/${demo.bof.slug}`);
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  });
});

test.describe("as a member", () => {
  test.use({ storageState: storageStateFor("member"), timezoneId: viewerZone });

  test("sees members-only sessions, marked as such, but plans and edits none", async ({ page }) => {
    await page.goto("/sessions");
    const row = page.getByTestId("session-row").filter({ hasText: demo.membersOnly.title });
    await expect(row).toBeVisible();
    await expect(row.getByTestId("members-only-badge")).toBeVisible();
    await expect(page.getByRole("link", { name: "New session" })).toHaveCount(0);
    await row.getByRole("link", { name: demo.membersOnly.title }).click();
    await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(demo.membersOnly.title);
    await expect(page.getByTestId("members-only-badge")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    const calendar = await page.request.get(`/sessions/${demo.membersOnly.slug}/calendar.ics`);
    expect(calendar.status()).toBe(200);
    expect(calendar.headers()["cache-control"]).toBe("private, no-store");
  });
});

test.describe("as a visitor", () => {
  test.use({ timezoneId: viewerZone });

  test("reads public sessions with times in their own zone, and subscribes to the public feed", async ({ page }) => {
    await page.goto("/sessions");
    await expect(page.getByRole("region", { name: /^Past/ }).getByRole("link", { name: demo.bof.title })).toBeVisible();
    await expect(page.getByRole("region", { name: /^Upcoming/ }).getByRole("link", { name: demo.upcomingCall.title })).toBeVisible();
    await expect(page.getByText(demo.membersOnly.title)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "New session" })).toHaveCount(0);

    await page.getByRole("link", { name: demo.bof.title }).click();
    await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(demo.bof.title);
    await expect(page.getByText("Ended", { exact: true })).toBeVisible();
    await expect(page.getByTestId("session-time").first()).toHaveText("Tue 18 Nov 2025, 19:15–20:15 your time (CET) · planned as 12:15–13:15 America/Chicago");
    await expect(sessionAgenda(page)).toHaveCount(6);
    await expect(sessionAgenda(page).first()).toContainText("19:15");
    await expect(sessionAgenda(page).last()).toContainText("19:48");
    await expect(page.getByRole("link", { name: "Chat" })).toHaveAttribute("href", "https://chat.example.org/#sc25-python-hpc");

    const response = await page.goto(`/sessions/${demo.membersOnly.slug}`);
    expect(response!.status()).toBe(404);
    await page.goto("/sessions/new");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsessions%2Fnew/);

    const feed = await page.request.get("/sessions/calendar.ics");
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const ics = await feed.text();
    expect(ics).toContain(`SUMMARY:${demo.bof.title}`);
    expect(ics).not.toContain("Members' meeting");
  });

  test("a session page renders in the planned zone before the browser's is known", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: viewerZone });
    const page = await context.newPage();
    await page.goto(`/sessions/${demo.bof.slug}`);
    await expect(page.getByTestId("session-time").first()).toHaveText("Tue 18 Nov 2025, 12:15–13:15 America/Chicago (CST)");
    await context.close();
  });
});

test.describe("a session under way", () => {
  // Signed in: visitors may be served the list as it was up to 15 seconds ago, and this session is written straight to the database.
  test("is listed as live now, and its page offers to join the call", async ({ browser }) => {
    const { context, page } = await pageAs(browser, "user");
    const { slug, title } = await createSession({ minutesFromNow: [-10, 50], timeZone: "UTC", videoUrl: "https://meet.example.org/live" });
    await page.goto("/sessions");
    const live = page.getByRole("region", { name: /^Live now/ });
    const row = live.getByTestId("session-row").filter({ hasText: title });
    await expect(row.getByTestId("live-badge")).toHaveText("Live now");
    await row.getByRole("link", { name: title }).click();
    // Other tests' sessions are live too: look for the badge once this session's page is there.
    await expect(page).toHaveURL(`/sessions/${slug}`);
    await expect(page.getByTestId("live-badge")).toBeVisible();
    await expect(page.getByRole("link", { name: "Join the video call" })).toHaveAttribute("href", "https://meet.example.org/live");
    await context.close();
  });
});

test.describe("on a phone", () => {
  test("the list, a session and the form fit without sideways scrolling", async ({ browser }) => {
    const chair = await createPerson("chair");
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true, timezoneId: viewerZone });
    await signInAs(context, chair);
    const page = await context.newPage();
    await page.goto("/sessions");
    await expect(page.getByRole("heading", { name: "Sessions", level: 1 })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.goto(`/sessions/${demo.bof.slug}`);
    await expect(sessionAgenda(page)).toHaveCount(6);
    await expectNoHorizontalOverflow(page);
    await page.goto("/sessions/new");
    await page.getByRole("button", { name: "Add item" }).click();
    await expect(agendaRows(page)).toHaveCount(2);
    await expectNoHorizontalOverflow(page);
    await context.close();
  });
});

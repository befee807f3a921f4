import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, database, pageAs } from "./support/database";
import { captureAction, cookieHeader } from "./support/forms";

/**
 * The working group's charter as visitors, members and chairs use it. The
 * tests change the one charter, so they run one after another.
 */
test.describe.configure({ mode: "serial" });

async function currentVersion() {
  const { rows } = await database().query<{ version: number; quorumPercent: number; voteReminderIntervalDays: number }>(`SELECT version, "quorumPercent", "voteReminderIntervalDays" FROM "CharterVersion" ORDER BY version DESC LIMIT 1`);
  return rows[0]!;
}

const settings = (page: Page) => page.getByTestId("charter-settings").first();

test.describe("the charter", () => {
  test("a visitor reads purpose, scope, decision rules, code of conduct and chairs, and may not edit", async ({ browser }) => {
    const chair = await createPerson("chair", "Charter Test Chair");
    const { context, page } = await pageAs(browser);
    await page.goto("/charter");
    await expect(page).toHaveTitle(/Charter/);
    await expect(page.getByRole("heading", { name: "Charter", level: 1 })).toBeVisible();
    for (const section of ["Purpose", "Scope", "How we decide", "Code of conduct", "Decision rules", "Chairs"]) await expect(page.getByRole("heading", { name: section })).toBeVisible();
    await expect(page.getByRole("link", { name: /Start-up & imports/ })).toHaveAttribute("href", "/areas/startup-import");
    await expect(settings(page)).toContainText("Minimum review");
    await expect(settings(page)).toContainText(`${(await currentVersion()).quorumPercent} % of active voting members`);
    await expect(page.getByTestId("charter-chairs")).toContainText(chair.name);
    await expect(page.getByRole("link", { name: "Edit charter" })).toHaveCount(0);

    await page.goto("/charter/edit");
    await expect(page).toHaveURL(/\/sign-in/);
    await context.close();
  });

  test("a chair saves a new version with a reason; everyone sees it and its diff in the history", async ({ browser }) => {
    const before = await currentVersion();
    const { context, page } = await pageAs(browser, await createPerson("chair"));
    await page.goto("/charter");
    await page.getByRole("link", { name: "Edit charter" }).click();
    await expect(page.getByRole("heading", { name: "Edit the charter" })).toBeVisible();
    const purpose = page.getByRole("textbox", { name: /^Purpose/ });
    await purpose.fill(`${await purpose.inputValue()}\n\nWe also publish a yearly survey of start-up times.`);
    await page.getByLabel(/^Quorum/).fill(String(before.quorumPercent === 35 ? 36 : 35));
    await page.getByLabel("What changed and why").fill("Yearly survey; quorum adjusted");
    await page.getByRole("button", { name: "Save as a new version" }).click();

    await expect(page).toHaveURL(/\/charter\?saved=1$/);
    await expect(page.getByText(`Version ${before.version + 1}, saved`)).toBeVisible();
    await expect(page.getByText("Yearly survey; quorum adjusted")).toBeVisible();
    await expect(page.getByText("We also publish a yearly survey of start-up times.")).toBeVisible();

    const visitor = await pageAs(browser);
    await visitor.page.goto("/charter/history");
    await expect(visitor.page.getByTestId("charter-versions").getByRole("listitem").first()).toContainText("Yearly survey; quorum adjusted");
    const diff = visitor.page.getByTestId("charter-diff");
    // Only what was typed is marked: the textarea's line breaks, posted as CRLF, are not a change.
    await expect(diff.locator("ins")).toHaveCount(1);
    expect((await diff.locator("ins").textContent())?.trim()).toBe("We also publish a yearly survey of start-up times.");
    await expect(diff.getByTestId("charter-settings").locator("del")).toHaveText(String(before.quorumPercent));
    await expect(diff).toContainText("How we decide: no change.");
    await visitor.context.close();
    await context.close();
  });

  test("bad input gets a message at its field and keeps what was typed; nothing is saved", async ({ browser }) => {
    const before = await currentVersion();
    const { context, page } = await pageAs(browser, await createPerson("chair"));
    await page.goto("/charter/edit");
    await page.getByLabel(/^Quorum/).fill("0");
    await page.getByLabel(/^Pass threshold/).fill("120");
    await page.getByRole("textbox", { name: /^Code of conduct/ }).fill("Be kind.");
    await page.getByRole("button", { name: "Save as a new version" }).click();
    await expect(page.getByText("Quorum: give a whole number from 1 to 100 (% of active voting members).")).toBeVisible();
    await expect(page.getByText("Pass threshold: give a whole number from 50 to 100 (% of votes for).")).toBeVisible();
    await expect(page.getByText("Write the code of conduct (at least 20 characters).")).toBeVisible();
    await expect(page.getByText("Say what changed and why, in a few words.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: /^Code of conduct/ })).toHaveValue("Be kind.");
    await expect(page.getByLabel(/^Quorum/)).toHaveValue("0");
    expect((await currentVersion()).version).toBe(before.version);
    await context.close();
  });

  test("a chair sets how often members are reminded to vote; 0 and 31 days are refused at the field", async ({ browser }) => {
    const before = await currentVersion();
    const { context, page } = await pageAs(browser, await createPerson("chair"));
    const interval = page.getByLabel(/^Reminders to vote every/);
    const fieldError = page.getByText("Reminders to vote every: give a whole number from 1 to 30 (days).");
    for (const value of ["0", "31"]) {
      // A fresh form each time, so the message shown is this value's.
      await page.goto("/charter/edit");
      await expect(interval).toHaveValue(String(before.voteReminderIntervalDays));
      await expect(fieldError).toHaveCount(0);
      await page.getByLabel("What changed and why").fill("Remind less often");
      await interval.fill(value);
      await page.getByRole("button", { name: "Save as a new version" }).click();
      await expect(fieldError).toBeVisible();
      await expect(interval).toHaveAttribute("aria-invalid", "true");
      await expect(interval).toHaveValue(value);
    }
    expect((await currentVersion()).version).toBe(before.version);

    const wanted = before.voteReminderIntervalDays === 4 ? 5 : 4;
    await interval.fill(String(wanted));
    await page.getByRole("button", { name: "Save as a new version" }).click();
    await expect(page).toHaveURL(/\/charter\?saved=1$/);
    await expect(settings(page)).toContainText("Reminders to vote every");
    await expect(settings(page).locator("div", { hasText: "Reminders to vote every" })).toContainText(`${wanted} days`);
    expect(await currentVersion()).toMatchObject({ version: before.version + 1, voteReminderIntervalDays: wanted });
    await context.close();
  });

  test("a member sees no edit link, is refused the editor, and a replayed chair's save changes nothing", async ({ browser }) => {
    const before = await currentVersion();
    const asMember = await pageAs(browser, await createPerson("member"));
    await asMember.page.goto("/charter");
    await expect(asMember.page.getByRole("link", { name: "Edit charter" })).toHaveCount(0);
    await asMember.page.goto("/charter/edit");
    await expect(asMember.page.getByText("The working group's chairs edit the charter.")).toBeVisible();

    const asChair = await pageAs(browser, await createPerson("chair"));
    await asChair.page.goto("/charter/edit");
    await asChair.page.getByLabel(/^Quorum/).fill("5");
    await asChair.page.getByLabel("What changed and why").fill("Replayed by a member");
    const captured = await captureAction(asChair.page, "/charter/edit", () => asChair.page.getByRole("button", { name: "Save as a new version" }).click());
    const response = await asMember.context.request.post(captured.url, { headers: { ...captured.headers, cookie: await cookieHeader(asMember.context) }, data: captured.body });
    expect(await response.text()).toContain("You do not have permission to do that.");
    expect(await currentVersion()).toEqual(before);
    await asMember.context.close();
    await asChair.context.close();
  });
});

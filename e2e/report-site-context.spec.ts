import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, database, pageAs, type TestPerson } from "./support/database";

/**
 * "Where you meet it" on a new report is the reporter's choice: nothing is
 * filled in unless they pick a site they keep or their site from last time,
 * the form shows what the report will say before it is sent, and they can
 * keep several named sites, and forget them.
 */

/** An earlier report of the person's, with a full context. */
async function earlierReport(reporter: TestPerson) {
  await database().query(
    `INSERT INTO "PainPoint" (title, description, severity, "reporterId", site, scheduler, filesystem, accelerator, "updatedAt", "lastActivityAt")
     VALUES ($1, 'An earlier report with its whole context.', 'ANNOYANCE', $2, 'Example University', 'slurm', 'gpfs', 'nvidia', now(), now())`,
    [`Earlier report ${randomUUID().slice(0, 6)}`, reporter.id],
  );
}

const toSend = (page: Page) => page.getByTestId("context-to-send");

async function fillReport(page: Page, title: string) {
  await page.getByLabel("Title").fill(title);
  await page.getByRole("checkbox", { name: /^Start-up & imports/ }).check();
  await page.getByRole("radio", { name: /^Annoyance/ }).check();
  await page.getByRole("textbox", { name: /^Description/ }).fill("Every rank imports the same modules from the shared filesystem at once.");
}

test.describe("site context on a new report", () => {
  test("starts empty; the site from last time fills in only when chosen, and the form shows what will be sent", async ({ browser }) => {
    const reporter = await createPerson("user");
    await earlierReport(reporter);
    const { context, page } = await pageAs(browser, reporter);
    await page.goto("/pain-points/new");

    await expect(page.getByRole("radio", { name: /Start empty/ })).toBeChecked();
    await expect(page.getByLabel("Site", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Accelerator")).toHaveValue("");
    await expect(toSend(page)).toContainText("Nothing about where you meet it.");

    await page.getByRole("radio", { name: /My site from last time.*Example University · Slurm · GPFS/ }).check();
    await expect(page.getByLabel("Site", { exact: true })).toHaveValue("Example University");
    await expect(page.getByLabel("Accelerator")).toHaveValue("nvidia");
    await expect(toSend(page)).toContainText("Accelerator");
    await expect(toSend(page)).toContainText("NVIDIA GPU");

    // What the person changes is what the summary says.
    await page.getByLabel("Accelerator").selectOption("");
    await page.getByLabel("Site", { exact: true }).fill("Example University, new cluster");
    await expect(toSend(page)).not.toContainText("NVIDIA GPU");
    await expect(toSend(page)).toContainText("Example University, new cluster");

    await page.getByRole("radio", { name: /Start empty/ }).check();
    await expect(page.getByLabel("Site", { exact: true })).toHaveValue("");
    await expect(toSend(page)).toContainText("Nothing about where you meet it.");

    // Sent empty, the report says nothing of where: no field filled behind the person's back.
    await fillReport(page, `Sent without context ${randomUUID().slice(0, 6)}`);
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByText("Thank you — your report is in")).toBeVisible();
    const { rows } = await database().query(`SELECT site, scheduler, accelerator FROM "PainPoint" WHERE "reporterId" = $1 ORDER BY id DESC LIMIT 1`, [reporter.id]);
    expect(rows[0]).toEqual({ site: null, scheduler: null, accelerator: null });
    await context.close();
  });

  test("keeps named sites to pick from, asks for a name when there is none, and forgets one; others never see them", async ({ browser }) => {
    const reporter = await createPerson("user");
    const { context, page } = await pageAs(browser, reporter);
    await page.goto("/pain-points/new");
    // Nothing kept and no earlier report: no choice to make.
    await expect(page.getByRole("radio", { name: /Start empty/ })).toHaveCount(0);

    await fillReport(page, `Kept site report ${randomUUID().slice(0, 6)}`);
    await page.getByLabel("Site", { exact: true }).fill("Big Iron Centre");
    await page.getByLabel("Scheduler").selectOption("pbs");
    await page.getByRole("checkbox", { name: /Keep these details for my next reports/ }).check();
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByText("Name the site, e.g. “Laptop” or the cluster’s name.")).toBeVisible();
    await expect(page.getByLabel("Site", { exact: true })).toHaveValue("Big Iron Centre");
    await page.getByLabel("Name for these details").fill("Big Iron");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByText("Thank you — your report is in")).toBeVisible();

    await page.goto("/pain-points/new");
    await expect(page.getByLabel("Site", { exact: true })).toHaveValue("");
    await page.getByRole("radio", { name: /Big Iron.*Big Iron Centre · PBS/ }).check();
    await expect(page.getByLabel("Site", { exact: true })).toHaveValue("Big Iron Centre");
    await expect(page.getByLabel("Scheduler")).toHaveValue("pbs");

    // Another person sees none of it.
    const other = await pageAs(browser, await createPerson("user"));
    await other.page.goto("/pain-points/new");
    await expect(other.page.getByText("Big Iron")).toHaveCount(0);
    await other.context.close();

    await page.getByRole("button", { name: "Forget Big Iron" }).click();
    await expect(page.getByRole("radio", { name: /^Big Iron/ })).toHaveCount(0);
    // Its details are still those of the last report, offered as such.
    await expect(page.getByRole("radio", { name: /My site from last time.*Big Iron Centre/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("radio", { name: /^Big Iron/ })).toHaveCount(0);
    const { rows } = await database().query(`SELECT count(*)::int AS n FROM "SavedSite" WHERE "userId" = $1`, [reporter.id]);
    expect(rows[0].n).toBe(0);
    await context.close();
  });

  test("'affects me too' also starts empty and offers the site from last time", async ({ browser }) => {
    const person = await createPerson("user");
    await earlierReport(person);
    const otherReporter = await createPerson("user");
    const { rows } = await database().query<{ id: number }>(
      `INSERT INTO "PainPoint" (title, description, severity, "reporterId", "updatedAt", "lastActivityAt") VALUES ($1, 'Someone else reports it first.', 'ANNOYANCE', $2, now(), now()) RETURNING id`,
      [`Another report ${randomUUID().slice(0, 6)}`, otherReporter.id],
    );
    const { context, page } = await pageAs(browser, person);
    await page.goto(`/pain-points/${rows[0]!.id}`);
    await page.getByRole("button", { name: "Say where you meet it" }).click();
    await expect(page.getByLabel("Site", { exact: true })).toHaveValue("");
    await page.getByRole("button", { name: /Use my site from last time: Example University · Slurm/ }).click();
    await expect(page.getByLabel("Site", { exact: true })).toHaveValue("Example University");
    await expect(page.getByLabel("Shared filesystem", { exact: true })).toHaveValue("gpfs");
    await context.close();
  });
});

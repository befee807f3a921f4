import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { captureAction, cookieHeader } from "./support/forms";
import { createPainPoint } from "./support/pain-points";
import { createPerson, database, pageAs } from "./support/database";
import { expectNoHorizontalOverflow } from "./support/layout";

/**
 * Pain points as reporters, other users, chairs and visitors use them. Every
 * test works on reports of its own (unique titles), so tests run in parallel
 * with each other and with the demo data's reports.
 */

const importTimeSample = [
  "import time: self [us] | cumulative | imported package",
  "import time:       912 |        912 |   _io",
  "import time:      4021 |       4021 | _frozen_importlib_external",
  "import time:     19230 |      19230 |       numpy._utils._inspect",
  "import time:     25102 |      44332 |     numpy._utils",
  "import time:    611204 |     611204 |       numpy.core._multiarray_umath",
  "import time:    401553 |    1011757 |     numpy.core",
  "import time:    899132 |    1955221 |   numpy",
  "import time:    522030 |     522030 |     mpi4py.MPI",
  "import time:     91002 |     613032 |   mpi4py",
].join("\n");

const affectedSummary = (page: Page) => page.getByTestId("affected-summary");

test.describe("reporting, as a signed-in user", () => {
  test("reports with context and import-time evidence, shown as a chart and a sortable table", async ({ browser }) => {
    const reporter = await createPerson("user");
    const { context, page } = await pageAs(browser, reporter);
    const title = `import numpy takes 40 s on 512 nodes ${randomUUID().slice(0, 6)}`;
    await page.goto("/pain-points");
    await page.getByRole("link", { name: "Report a pain point" }).click();
    await expect(page.getByRole("heading", { name: "Report a pain point" })).toBeVisible();

    await page.getByLabel("Title").fill(title);
    await page.getByRole("checkbox", { name: /^Start-up & imports/ }).check();
    await page.getByRole("radio", { name: /^Costs hours/ }).check();
    await page.getByRole("textbox", { name: /^Description/ }).fill("Every rank stats **thousands** of files on Lustre while importing numpy.");
    await page.getByRole("tab", { name: "preview" }).click();
    await expect(page.getByTestId("description-preview").locator("strong")).toHaveText("thousands");
    await page.getByRole("tab", { name: "write" }).click();
    await page.getByLabel("Site", { exact: true }).fill("E2E Supercomputing Centre");
    await page.getByLabel("Shared filesystem", { exact: true }).selectOption("other");
    await page.getByLabel("Shared filesystem: other").fill("WekaFS");
    await page.getByLabel("Scheduler", { exact: true }).selectOption("slurm");
    await page.getByLabel("Python version").fill("3.12");
    await page.getByLabel(/^Evidence: output of/).fill(importTimeSample);
    await page.getByRole("button", { name: "Send report" }).click();

    await expect(page.getByText("Thank you — your report is in")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText(`by ${reporter.name} (name shown to chairs only)`)).toBeVisible();
    await expect(affectedSummary(page)).toHaveText("Affects 1 person at 1 site on WekaFS");
    await expect(page.getByText("You reported this, so you are counted.")).toBeVisible();
    const contextCard = page.locator("dl").filter({ hasText: "Shared filesystem" });
    await expect(contextCard).toContainText("WekaFS");
    await expect(contextCard).toContainText("Slurm");

    // The evidence: the total, a chart of the slowest imports, and a table that sorts.
    await expect(page.getByRole("heading", { name: "Evidence: start-up imports" })).toBeVisible();
    await expect(page.getByText(/Imports took\s*2\.57 s\s*in total across\s*9\s*modules/)).toBeVisible();
    await expect(page.getByRole("figure", { name: /slowest is numpy at 1\.96 s/ })).toBeVisible();
    const table = page.getByRole("table", { name: /modules/i });
    await table.getByRole("button", { name: /Self/ }).click();
    await expect(table.locator("tbody tr").first()).toContainText("numpy");
    await expect(table.locator("tbody tr").first()).toContainText("899");

    // The report is on the board, found by a word of its description.
    await page.goto(`/pain-points?q=${encodeURIComponent(title.split(" ").at(-1)!)}`);
    await expect(page.getByTestId("pain-point-row")).toHaveCount(1);
    await expect(page.getByTestId("pain-point-row")).toContainText(title);
    await page.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(/\/pain-points\/\d+$/);
    await expect(page.getByText("by someone who chose not to be named")).toHaveCount(0);
    await context.clearCookies();
    await page.reload();
    await expect(page.getByText("by someone who chose not to be named")).toBeVisible();
    await expect(page.getByText(reporter.name)).toHaveCount(0);
    await context.close();
  });

  test("bad input gets messages at its fields and keeps everything typed; nothing is stored", async ({ browser }) => {
    const reporter = await createPerson("user");
    const { context, page } = await pageAs(browser, reporter);
    await page.goto("/pain-points/new");
    await page.getByLabel("Title").fill("Slow");
    await page.getByRole("textbox", { name: /^Description/ }).fill("Imports are slow when all ranks start at once on our scratch filesystem.");
    await page.getByLabel("Python version").fill("three");
    await page.getByLabel(/^Evidence: output of/).fill('Traceback (most recent call last):\n  File "x.py"');
    await page.getByRole("button", { name: "Send report" }).click();

    await expect(page.getByText("Not sent yet")).toBeVisible();
    await expect(page.getByText("Give the report a title of at least 8 characters that says what goes wrong.")).toBeVisible();
    await expect(page.getByText("Choose at least one area.")).toBeVisible();
    await expect(page.getByText("Choose how much this hurts.")).toBeVisible();
    await expect(page.getByText(/Write a Python version like 3\.12/)).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue("Slow");
    await expect(page.getByRole("textbox", { name: /^Description/ })).toHaveValue(/our scratch filesystem/);

    // Fix everything but the evidence: the parser explains what it expected.
    await page.getByLabel("Title").fill("Imports are slow at scale on scratch");
    await page.getByRole("checkbox", { name: /^Start-up & imports/ }).check();
    await page.getByRole("radio", { name: /^Annoyance/ }).check();
    await page.getByLabel("Python version").fill("3.13t");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByText(/Expected the output of "python -X importtime"/)).toBeVisible();
    await expect(page.getByLabel(/^Evidence: output of/)).toHaveValue(/Traceback/);
    await expect(page.getByLabel("Title")).toHaveValue("Imports are slow at scale on scratch");
    const { rows } = await database().query(`SELECT count(*)::int AS n FROM "PainPoint" WHERE "reporterId" = $1`, [reporter.id]);
    expect(rows[0].n).toBe(0);

    await page.getByLabel(/^Evidence: output of/).fill("");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByText("Thank you — your report is in")).toBeVisible();
    await context.close();
  });

  test("a reporter who chooses to be named is named; the next report offers the last context, and starts empty", async ({ browser }) => {
    const reporter = await createPerson("user");
    const { context, page } = await pageAs(browser, reporter);
    await page.goto("/pain-points/new");
    await page.getByLabel("Title").fill(`Spack builds of mpi4py pick the wrong MPI ${randomUUID().slice(0, 6)}`);
    await page.getByRole("checkbox", { name: /^Packaging/ }).check();
    await page.getByRole("radio", { name: /^Blocks my work/ }).check();
    await page.getByRole("textbox", { name: /^Description/ }).fill("mpi4py links against the MPI found first on PATH, not the one Spack chose.");
    await page.getByLabel("Site", { exact: true }).fill("Named Site");
    await page.getByLabel("How Python was installed").selectOption("spack");
    await page.getByRole("checkbox", { name: /Show my name with this report/ }).check();
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByText(`by ${reporter.name}`)).toBeVisible();

    await page.goto("/pain-points/new");
    await expect(page.getByLabel("Site", { exact: true })).toHaveValue("");
    await page.getByRole("radio", { name: /My site from last time.*Named Site · Spack/ }).check();
    await expect(page.getByLabel("Site", { exact: true })).toHaveValue("Named Site");
    await expect(page.getByLabel("How Python was installed")).toHaveValue("spack");
    await context.close();
  });
});

test.describe("editing a report", () => {
  test("the reporter corrects it; others see no edit button and are refused the editor", async ({ browser }) => {
    const reporter = await createPerson("user");
    const { id } = await createPainPoint(reporter);
    const asReporter = await pageAs(browser, reporter);
    const page = asReporter.page;
    await page.goto(`/pain-points/${id}`);
    await page.getByRole("link", { name: "Edit" }).click();
    await expect(page.getByRole("heading", { name: `Edit report #${id}` })).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue(/about slow imports$/);
    await expect(page.getByRole("checkbox", { name: /^Start-up & imports/ })).toBeChecked();

    await page.getByLabel("Title").fill("");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Give the report a title of at least 8 characters that says what goes wrong.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: /^Description/ })).toHaveValue("Every rank stats thousands of files while importing.");

    await page.getByLabel("Title").fill("Imports stall on Lustre when 2,048 ranks start");
    await page.getByRole("checkbox", { name: /^Packaging/ }).check();
    await page.getByLabel("Shared filesystem", { exact: true }).selectOption("beegfs");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Your changes are saved")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Imports stall on Lustre when 2,048 ranks start");
    await expect(page.locator("dl").filter({ hasText: "Shared filesystem" })).toContainText("BeeGFS");

    const other = await pageAs(browser, await createPerson("member"));
    await other.page.goto(`/pain-points/${id}`);
    await expect(other.page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await other.page.goto(`/pain-points/${id}/edit`);
    await expect(other.page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

    const chair = await pageAs(browser, await createPerson("chair"));
    await chair.page.goto(`/pain-points/${id}/edit`);
    await expect(chair.page.getByText(/editing someone else's report as a chair/)).toBeVisible();
    await expect(chair.page.getByRole("checkbox", { name: /Show my name/ })).toHaveCount(0);
    await asReporter.context.close();
    await other.context.close();
    await chair.context.close();
  });
});

test.describe("adding weight and talking, as other users", () => {
  test("affects me too counts people and sites once each, and can be taken back", async ({ browser }) => {
    const reporter = await createPerson("user");
    const other = await createPerson("user");
    const { id } = await createPainPoint(reporter);
    await database().query(`UPDATE "PainPoint" SET site = 'Reporter Site', "siteCount" = 1 WHERE id = $1`, [id]);
    const { context, page } = await pageAs(browser, other);
    await page.goto(`/pain-points/${id}`);
    await expect(affectedSummary(page)).toHaveText("Affects 1 person at 1 site on Lustre");

    await page.getByRole("button", { name: "Say where you meet it" }).click();
    await page.getByLabel("Site", { exact: true }).fill("Other Site");
    await page.getByLabel("Shared filesystem", { exact: true }).selectOption("gpfs");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Counted: this affects you too.")).toBeVisible();
    await expect(affectedSummary(page)).toHaveText("Affects 2 people at 2 sites on Lustre and GPFS / Spectrum Scale");
    await expect(page.getByRole("button", { name: "It no longer affects me" })).toHaveAttribute("aria-pressed", "true");

    // Reloading and clicking again does not count twice; it takes the vote back.
    await page.reload();
    await page.getByRole("button", { name: "It no longer affects me" }).click();
    await expect(page.getByText("You are no longer counted.")).toBeVisible();
    await expect(affectedSummary(page)).toHaveText("Affects 1 person at 1 site on Lustre");
    const { rows } = await database().query(`SELECT count(*)::int AS n FROM "PainPointVote" WHERE "painPointId" = $1 AND "userId" = $2`, [id, other.id]);
    expect(rows[0].n).toBe(0);
    await context.close();
  });

  test("comments in Markdown, edited and deleted by their author only; empty ones are refused", async ({ browser }) => {
    const reporter = await createPerson("user");
    const [author, bystander] = await Promise.all([createPerson("member"), createPerson("user")]);
    const { id } = await createPainPoint(reporter);
    const asAuthor = await pageAs(browser, author);
    const page = asAuthor.page;
    await page.goto(`/pain-points/${id}`);
    await expect(page.getByText("No comments yet.")).toBeVisible();
    await page.getByRole("button", { name: "Post comment" }).click();
    await expect(page.getByRole("form", { name: "Add a comment" }).getByText("Write a comment.")).toBeVisible();

    await page.getByRole("textbox", { name: /^Add a comment/ }).fill("Workaround: pack the environment into a **SquashFS** image. <script>alert(1)</script>");
    await page.getByRole("button", { name: "Post comment" }).click();
    const comment = page.getByTestId("comment");
    await expect(comment.locator("strong")).toHaveText("SquashFS");
    await expect(comment.locator("script")).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: /^Add a comment/ })).toHaveValue("");

    await comment.getByRole("button", { name: "Edit" }).click();
    await comment.getByRole("textbox", { name: "Comment" }).fill("Workaround: an Apptainer image with the environment inside.");
    await comment.getByRole("button", { name: "Save" }).click();
    await expect(comment).toContainText("an Apptainer image");
    await expect(comment).toContainText("edited");

    // Someone else sees the comment but cannot change it.
    const asBystander = await pageAs(browser, bystander);
    await asBystander.page.goto(`/pain-points/${id}`);
    await expect(asBystander.page.getByTestId("comment")).toContainText("an Apptainer image");
    await expect(asBystander.page.getByTestId("comment").getByRole("button", { name: "Edit" })).toHaveCount(0);
    await expect(asBystander.page.getByTestId("comment").getByRole("button", { name: "Delete" })).toHaveCount(0);

    await comment.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByTestId("comment")).toHaveCount(0);
    await asAuthor.context.close();
    await asBystander.context.close();
  });

  test("adds an upstream link where the problem is discussed; refuses what is not a web address", async ({ browser }) => {
    const reporter = await createPerson("user");
    const { id } = await createPainPoint(reporter);
    const { context, page } = await pageAs(browser, await createPerson("user"));
    await page.goto(`/pain-points/${id}`);
    const field = page.getByLabel("Link to an upstream issue or discussion");
    await field.fill("javascript:alert(1)");
    await page.getByRole("form", { name: "Add an upstream link" }).getByRole("button").click();
    await expect(page.getByRole("form", { name: "Add an upstream link" }).getByRole("alert")).toBeVisible();
    await field.fill("https://github.com/python/cpython/issues/99999");
    await page.getByRole("form", { name: "Add an upstream link" }).getByRole("button").click();
    await expect(page.getByRole("link", { name: /python\/cpython#99999/ })).toBeVisible();
    await context.close();
  });
});

test.describe("triage, as a chair", () => {
  test("confirms with a reason, links a PEP shown on both pages, and the reporter hears of it", async ({ browser }) => {
    const reporter = await createPerson("user");
    const chair = await createPerson("chair");
    const { id, title } = await createPainPoint(reporter);
    const { context, page } = await pageAs(browser, chair);
    await page.goto(`/pain-points/${id}`);
    const triage = page.getByRole("region", { name: "Triage (chairs)" });

    await triage.getByRole("button", { name: "Change status" }).click();
    await expect(triage.getByText("Say why, in a few words.")).toBeVisible();
    await triage.getByLabel("Reason", { exact: true }).fill("Reproduced at two sites.");
    await triage.getByRole("button", { name: "Change status" }).click();
    await expect(triage.getByText("Status changed; followers were told.")).toBeVisible();
    await expect(page.getByTestId("status-change").last()).toContainText("New → Confirmed");
    await expect(page.getByTestId("status-change").last()).toContainText("Reproduced at two sites.");

    await triage.getByLabel("Link a PEP that would address it").fill("99999");
    await triage.getByRole("button", { name: "Link" }).click();
    await expect(triage.getByRole("alert")).toBeVisible();
    await triage.getByLabel("Link a PEP that would address it").fill("PEP 810");
    await triage.getByRole("button", { name: "Link" }).click();
    await expect(page.getByRole("link", { name: /PEP 810/ }).first()).toBeVisible();
    await page.goto("/peps/810");
    await expect(page.getByRole("link", { name: title })).toBeVisible();

    const asReporter = await pageAs(browser, reporter);
    await asReporter.page.goto("/notifications");
    await expect(asReporter.page.getByText(`Report #${id} is now “Confirmed”`)).toBeVisible();
    await expect(asReporter.page.getByText(`Report #${id} was linked to PEP 810`)).toBeVisible();
    await context.close();
    await asReporter.context.close();
  });

  test("marks a duplicate: votes move to the original and the duplicate's address leads there", async ({ browser }) => {
    const [reporterA, reporterB, voter] = await Promise.all([createPerson("user"), createPerson("user"), createPerson("user")]);
    const original = await createPainPoint(reporterA);
    const duplicate = await createPainPoint(reporterB);
    await database().query(`INSERT INTO "PainPointVote" ("painPointId", "userId") VALUES ($1, $2)`, [duplicate.id, voter.id]);
    await database().query(`UPDATE "PainPoint" SET "affectedCount" = 2 WHERE id = $1`, [duplicate.id]);
    const { context, page } = await pageAs(browser, await createPerson("chair"));
    await page.goto(`/pain-points/${duplicate.id}`);
    const triage = page.getByRole("region", { name: "Triage (chairs)" });
    await triage.getByLabel("Status", { exact: true }).selectOption("DUPLICATE");
    await triage.getByLabel("Duplicate of report #").fill(String(duplicate.id));
    await triage.getByLabel("Reason", { exact: true }).fill("Same problem.");
    await triage.getByRole("button", { name: "Change status" }).click();
    await expect(triage.getByRole("alert")).toBeVisible();
    await triage.getByLabel("Duplicate of report #").fill(String(original.id));
    await triage.getByRole("button", { name: "Change status" }).click();
    await expect(triage.getByText("Status changed; followers were told.")).toBeVisible();

    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`/pain-points/${duplicate.id}`);
    await expect(visitorPage).toHaveURL(new RegExp(`/pain-points/${original.id}\\?merged=${duplicate.id}$`));
    await expect(visitorPage.getByText(`Report #${duplicate.id} was merged into this one`)).toBeVisible();
    await expect(affectedSummary(visitorPage)).toHaveText(/^Affects 3 people/);
    await context.close();
    await visitor.close();
  });

  test("a flag reaches the chairs' queue; hiding the report closes it and visitors get a 404", async ({ browser }) => {
    const reporter = await createPerson("user");
    const { id, title } = await createPainPoint(reporter, { title: `Cheap watches ${randomUUID().slice(0, 8)} best prices` });
    const flagger = await pageAs(browser, await createPerson("user"));
    await flagger.page.goto(`/pain-points/${id}`);
    await flagger.page.getByText("Flag for a chair").first().click();
    const flagForm = flagger.page.getByRole("form", { name: "Flag for a chair" }).first();
    await flagForm.getByRole("button", { name: "Send" }).click();
    await expect(flagForm.getByText("Say why, in a few words.")).toBeVisible();
    await flagForm.getByLabel("Why should a chair look at it?").fill("Spam, an advertisement");
    await flagForm.getByRole("button", { name: "Send" }).click();
    await expect(flagForm.getByText("Thanks — a chair will look at it.")).toBeVisible();

    // Members do not see the queue.
    const member = await pageAs(browser, await createPerson("member"));
    await member.page.goto("/pain-points/flags");
    await expect(member.page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

    const chair = await pageAs(browser, await createPerson("chair"));
    await chair.page.goto("/pain-points");
    await chair.page.getByRole("link", { name: /^Flags/ }).click();
    const flag = chair.page.getByTestId("flag").filter({ hasText: title });
    await expect(flag).toContainText("“Spam, an advertisement”");
    await flag.getByRole("link", { name: new RegExp(title) }).click();
    const hide = chair.page.getByRole("form", { name: "Hide the report" });
    await hide.getByLabel(/Hide as spam or abuse/).fill("Spam: an advertisement");
    await hide.getByRole("button", { name: "Hide" }).click();
    await expect(chair.page.getByText("Hidden from everyone but chairs")).toBeVisible();
    await chair.page.goto("/pain-points/flags");
    await expect(chair.page.getByTestId("flag").filter({ hasText: title })).toHaveCount(0);

    await flagger.page.goto(`/pain-points/${id}`);
    await expect(flagger.page.getByRole("heading", { name: `Pain point #${id} not found` })).toBeVisible();
    const api = await flagger.page.request.get(`/api/v1/pain-points/${id}`);
    expect(api.status()).toBe(404);
    await flagger.context.close();
    await member.context.close();
    await chair.context.close();
  });

  test("exports the filtered board as CSV; a member is refused", async ({ browser }) => {
    const chair = await pageAs(browser, await createPerson("chair"));
    await chair.page.goto("/pain-points?area=packaging");
    const downloadPromise = chair.page.waitForEvent("download");
    await chair.page.getByRole("link", { name: "Export CSV" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^pain-points-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    const [header, ...lines] = csv.trim().split("\n");
    expect(header).toMatch(/^id,title,url,status,severity,areas,affected_people,affected_sites/);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain("Packaging");

    const member = await pageAs(browser, await createPerson("member"));
    await member.page.goto("/pain-points");
    await expect(member.page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
    const refused = await member.page.request.get("/pain-points/export.csv");
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain("Only chairs export the board.");
    await chair.context.close();
    await member.context.close();
  });
});

test.describe("triage, as someone who may not", () => {
  test("a member sees no triage panel, and a replayed chair request changes nothing", async ({ browser }) => {
    const reporter = await createPerson("user");
    const { id } = await createPainPoint(reporter);
    const asMember = await pageAs(browser, await createPerson("member"));
    await asMember.page.goto(`/pain-points/${id}`);
    await expect(asMember.page.getByRole("region", { name: "Triage (chairs)" })).toHaveCount(0);

    const asChair = await pageAs(browser, await createPerson("chair"));
    await asChair.page.goto(`/pain-points/${id}`);
    const triage = asChair.page.getByRole("region", { name: "Triage (chairs)" });
    await triage.getByLabel("Status", { exact: true }).selectOption("WONT_FIX");
    await triage.getByLabel("Reason", { exact: true }).fill("Out of scope.");
    const captured = await captureAction(asChair.page, `/pain-points/${id}`, () => triage.getByRole("button", { name: "Change status" }).click());
    const response = await asMember.context.request.post(captured.url, { headers: { ...captured.headers, cookie: await cookieHeader(asMember.context) }, data: captured.body });
    expect(await response.text()).toContain("You do not have permission to do that.");
    const { rows } = await database().query(`SELECT status FROM "PainPoint" WHERE id = $1`, [id]);
    expect(rows[0].status).toBe("NEW");
    await asMember.context.close();
    await asChair.context.close();
  });

  test("a vote cannot be cast for someone else by replaying their request", async ({ browser }) => {
    const reporter = await createPerson("user");
    const { id } = await createPainPoint(reporter);
    const [alice, mallory] = await Promise.all([createPerson("user"), createPerson("user")]);
    const asAlice = await pageAs(browser, alice);
    await asAlice.page.goto(`/pain-points/${id}`);
    const captured = await captureAction(asAlice.page, `/pain-points/${id}`, () => asAlice.page.getByRole("button", { name: "Affects me too" }).click());

    // Whoever sends the request is the one counted: the form carries no user.
    const asMallory = await pageAs(browser, mallory);
    const cookie = (await asMallory.context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    await asMallory.context.request.post(captured.url, { headers: { ...captured.headers, cookie }, data: captured.body });
    await asMallory.context.request.post(captured.url, { headers: { ...captured.headers, cookie }, data: captured.body });
    const { rows } = await database().query<{ userId: string }>(`SELECT "userId" FROM "PainPointVote" WHERE "painPointId" = $1 ORDER BY "userId"`, [id]);
    expect(rows.map((row) => row.userId).sort()).toEqual([mallory.id, reporter.id].sort());
    await asAlice.context.close();
    await asMallory.context.close();
  });
});

test.describe("browsing, as a visitor", () => {
  test("filters and searches in a shareable URL; reporting and voting ask to sign in", async ({ page }) => {
    await page.goto("/pain-points");
    const heading = page.getByRole("heading", { level: 2, name: /\d+ reports?/ });
    await expect(heading).toBeVisible();
    await page.getByRole("group", { name: "Shared filesystem" }).getByRole("checkbox", { name: "Lustre" }).check();
    await expect(page).toHaveURL(/filesystem=lustre/);
    // Retried until the filtered list is there: right after the URL changes, the rows may still be the old ones or a skeleton (none at all).
    await expect
      .poll(async () => {
        const rows = await page.getByTestId("pain-point-row").allTextContents();
        return rows.length > 0 && rows.every((row) => row.includes("Lustre"));
      })
      .toBe(true);
    await page.getByRole("searchbox", { name: "Search", exact: true }).fill("numpy");
    await page.getByRole("searchbox", { name: "Search", exact: true }).press("Enter");
    await expect(page).toHaveURL(/q=numpy/);
    await expect(heading).toContainText("matching “numpy”");
    await expect(page.getByRole("link", { name: /import numpy and scipy takes over 30 s/ })).toBeVisible();

    await page.goto(page.url());
    await expect(page.getByRole("link", { name: "Remove filter Shared filesystem: Lustre" })).toBeVisible();
    await page.getByRole("link", { name: "Clear all" }).click();
    await expect(page).toHaveURL(/\/pain-points$/);

    await page.getByRole("link", { name: /import numpy and scipy takes over 30 s/ }).click();
    await expect(page.getByRole("link", { name: "Sign in to say it affects you too" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Affects me too" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Sign in to comment" })).toBeVisible();
    await expect(page.getByText("Flag for a chair")).toHaveCount(0);

    await page.goto("/pain-points/new");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("sorts by sites before voices, and says so when a filter is not understood", async ({ page }) => {
    await page.goto("/pain-points?status=sleeping&sort=most-discussed");
    await expect(page.getByText("Some filters in the address were not understood and were ignored")).toBeVisible();
    await expect(page.getByText(/sleeping/)).toBeVisible();
    await page.goto("/pain-points");
    const sites = await page.getByTestId("pain-point-row").evaluateAll((rows) => rows.map((row) => Number(row.textContent!.match(/at (\d+) sites?/)?.[1] ?? 0)));
    expect(sites).toEqual([...sites].sort((a, b) => b - a));
  });

  test("the overview shows where it hurts, with text alternatives", async ({ page }) => {
    await page.goto("/pain-points");
    await page.getByRole("link", { name: "Where it hurts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Where it hurts" })).toBeVisible();
    await expect(page.getByRole("table", { name: "People affected and reports per area" })).toBeAttached();
    await expect(page.getByTestId("filesystem-area-table")).toContainText("Lustre");
  });

  test("a hidden report is not found, and a chair sees it marked hidden", async ({ page, browser }) => {
    const { rows } = await database().query<{ id: number }>(`SELECT id FROM "PainPoint" WHERE "isHidden" AND title LIKE 'Cheap GPU hours%'`);
    const hiddenId = rows[0]!.id;
    const response = await page.goto(`/pain-points/${hiddenId}`);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { name: `Pain point #${hiddenId} not found` })).toBeVisible();

    const chair = await pageAs(browser, await createPerson("chair"));
    await chair.page.goto(`/pain-points/${hiddenId}`);
    await expect(chair.page.getByText("Hidden from everyone but chairs")).toBeVisible();
    await chair.context.close();
  });

  test("the board and a report with evidence fit a phone", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto("/pain-points");
    await expect(page.getByText(/Show filters/)).toBeVisible();
    await expect(page.getByRole("group", { name: "Area" })).toBeHidden();
    await expectNoHorizontalOverflow(page);
    await page.getByRole("link", { name: /import numpy and scipy takes over 30 s/ }).click();
    await expect(page.getByRole("heading", { name: "Evidence: start-up imports" })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    // "Who it affects" comes before the description on a phone.
    const affectedTop = await page.getByTestId("affected-summary").boundingBox();
    const descriptionTop = await page.getByRole("region", { name: "Description" }).boundingBox();
    expect(affectedTop!.y).toBeLessThan(descriptionTop!.y);
    await page.goto("/pain-points/overview");
    await expectNoHorizontalOverflow(page);
    await context.close();
  });
});

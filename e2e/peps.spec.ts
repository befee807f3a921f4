import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { captureAction, cookieHeader } from "./support/forms";
import { createPerson, database, pageAs } from "./support/database";
import { expectNoHorizontalOverflow } from "./support/layout";
import { waitForMailTo } from "./support/mail";

/**
 * The PEP tracker as visitors, users, members, chairs and admins use it.
 * Tests that change assessments each use a PEP of their own, so they can run
 * in parallel with the browsing tests.
 */

const resultsHeading = (page: Page) => page.getByRole("heading", { level: 2, name: /PEPs?\b/ }).first();

test.describe("browsing, as a visitor", () => {
  test("shows the HPC-relevant PEPs by default and every PEP at one click", async ({ page }) => {
    await page.goto("/peps");
    await expect(resultsHeading(page)).toHaveText("78 PEPs");
    await page.getByRole("link", { name: /All PEPs/ }).click();
    await expect(page).toHaveURL(/\/peps\?scope=all$/);
    await expect(resultsHeading(page)).toHaveText("737 PEPs");
    await expect(page.getByRole("navigation", { name: "Pages of PEPs" })).toContainText("Page 1 of 15");
  });

  test("filters with counts that match the results, in a shareable URL", async ({ page }) => {
    await page.goto("/peps");
    const packaging = page.getByRole("group", { name: "Area" }).getByRole("checkbox", { name: /^Packaging \d+$/ });
    const expected = (await packaging.locator("xpath=ancestor::label").innerText()).match(/(\d+)\s*$/)![1];
    await packaging.check();
    await expect(page).toHaveURL(/area=packaging/);
    await expect(resultsHeading(page)).toHaveText(`${expected} PEPs`);
    const draft = page.getByRole("group", { name: "Status" }).getByRole("checkbox", { name: /^Draft \d+$/ });
    const drafts = (await draft.locator("xpath=ancestor::label").innerText()).match(/(\d+)\s*$/)![1];
    await draft.check();
    await expect(page).toHaveURL(/area=packaging.*status=draft|status=draft.*area=packaging/);
    await expect(resultsHeading(page)).toHaveText(`${drafts} PEP${drafts === "1" ? "" : "s"}`);
    // Rows to check, or the loop below checks nothing.
    await expect(page.getByTestId("pep-row")).not.toHaveCount(0);
    for (const row of await page.getByTestId("pep-row").all()) {
      await expect(row.getByText("Draft", { exact: true })).toBeVisible();
      await expect(row.getByText("Packaging", { exact: true })).toBeVisible();
    }

    // The same URL, opened afresh, shows the same view; a chip removes one filter.
    await page.goto(page.url());
    await expect(resultsHeading(page)).toHaveText(`${drafts} PEP${drafts === "1" ? "" : "s"}`);
    await page.getByRole("link", { name: "Remove filter Status: Draft" }).click();
    await expect(resultsHeading(page)).toHaveText(`${expected} PEPs`);
  });

  test("finds PEPs by number, title words and author", async ({ page }) => {
    await page.goto("/peps?scope=all");
    const search = page.getByRole("searchbox", { name: "Search", exact: true });
    await search.fill("703");
    await search.press("Enter");
    await expect(resultsHeading(page)).toHaveText(/^1 PEP matching “703”/);
    await expect(page.getByRole("link", { name: "Making the Global Interpreter Lock Optional in CPython" })).toBeVisible();

    await search.fill("lazy imports");
    await search.press("Enter");
    await expect(page.getByRole("link", { name: "Explicit lazy imports" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Lazy Imports", exact: true })).toBeVisible();

    await search.fill("Gross");
    await search.press("Enter");
    await expect(page.getByRole("link", { name: "Making the Global Interpreter Lock Optional in CPython" })).toBeVisible();
  });

  test("offers the other scope when nothing matches", async ({ page }) => {
    await page.goto("/peps?q=style+guide");
    await expect(page.getByRole("heading", { name: "No PEPs match" })).toBeVisible();
    await page.getByRole("link", { name: /Show \d+ match(es)? in all PEPs/ }).click();
    await expect(page.getByRole("link", { name: "Style Guide for Python Code" })).toBeVisible();
  });

  test("sorts, and ignores what it does not understand with a notice", async ({ page }) => {
    await page.goto("/peps?status=pondering&area=quantum&sort=number");
    await expect(page.getByRole("status").filter({ hasText: "were not understood and were ignored" })).toContainText("status “pondering” is not a known status");
    await expect(resultsHeading(page)).toHaveText("78 PEPs");
    const numbers = await page
      .getByTestId("pep-row")
      .locator("h3 a")
      .evaluateAll((links) => links.map((link) => Number(link.getAttribute("href")!.split("/").pop())));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  test("a PEP page shows its metadata, links, the assessment and its timeline", async ({ page }) => {
    await page.goto("/peps/803");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText('"abi3t": Stable ABI for Free-Threaded Builds');
    const about = page.getByRole("heading", { name: "About this PEP" }).locator("xpath=ancestor::div[contains(@class,'rounded-xl')]");
    await expect(about.getByRole("link", { name: "PEP 703" })).toBeVisible();
    await about.getByRole("link", { name: "PEP 703" }).click();
    await expect(page).toHaveURL(/\/peps\/703$/);
    await expect(page.getByText("free-threaded build", { exact: false }).first()).toBeVisible();
    await expect(page.getByText("Last changed by Charlie Chair")).toBeVisible();
    await expect(page.getByRole("list", { name: "Status timeline, newest first" })).toContainText("Resolved");
    await expect(page.getByRole("link", { name: "Read on peps.python.org" })).toHaveAttribute("href", "https://peps.python.org/pep-0703/");
    // Markdown mentions of other PEPs link to them.
    await expect(page.locator(".prose-hub a.pep-link", { hasText: "PEP 779" })).toHaveAttribute("href", "/peps/779");
  });

  test("an unknown PEP is a 404 page", async ({ page }) => {
    for (const [path, heading] of [
      ["/peps/99999", "PEP 99999 not found"],
      ["/peps/not-a-number", "PEP “not-a-number” not found"],
    ]) {
      const response = await page.goto(path!);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    }
  });

  test("visitors are asked to sign in to watch and cannot edit", async ({ page }) => {
    await page.goto("/peps/725");
    await expect(page.getByRole("link", { name: "Sign in to watch" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit assessment" })).toHaveCount(0);
    await page.goto("/peps/725/assessment/edit");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fpeps%2F725%2Fassessment%2Fedit/);
  });

  test("the tracker and a PEP page fit a phone, with filters folded away", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/peps");
    await expect(page.getByText("Show filters")).toBeVisible();
    const packaging = page.getByRole("group", { name: "Area" }).getByRole("checkbox", { name: /^Packaging \d+$/ });
    await expect(packaging).toBeHidden();
    await expectNoHorizontalOverflow(page);
    await page.getByText("Show filters").click();
    await expect(packaging).toBeVisible();
    for (const path of ["/peps/703", "/peps/703/assessment/history", "/areas/packaging"]) {
      await page.goto(path);
      await expectNoHorizontalOverflow(page);
    }
    await context.close();
  });

  test("the feed is Atom and area pages list their PEPs by status", async ({ page, request }) => {
    const feed = await request.get("/peps/feed.xml");
    expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    await page.goto("/areas/startup-import");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start-up & imports");
    const peps = page.getByRole("region", { name: /PEPs? in this area/ }).or(page.locator("section[aria-labelledby=peps-heading]"));
    await expect(peps.getByRole("link", { name: /^PEP 810 — / })).toBeVisible();
    await expect(peps.getByRole("link", { name: /^PEP 690 — / })).toBeVisible();
  });
});

test.describe("following a PEP", () => {
  test("a user watches a PEP and hears when a chair changes its assessment", async ({ browser }) => {
    const user = await createPerson("user");
    const chair = await createPerson("chair");
    const asUser = await pageAs(browser, user);
    await asUser.page.goto("/peps/751");
    await asUser.page.getByRole("button", { name: /^Watch/ }).click();
    await expect(asUser.page.getByRole("button", { name: /Stop watching/ })).toBeVisible();
    await expect(asUser.page.getByRole("status").filter({ hasText: "You will hear about changes" })).toBeVisible();

    const asChair = await pageAs(browser, chair);
    await asChair.page.goto("/peps/751/assessment/edit");
    await asChair.page.getByRole("radio", { name: "Medium" }).check();
    await asChair.page.getByRole("button", { name: "Save assessment" }).click();
    await expect(asChair.page).toHaveURL(/\/peps\/751$/);

    await asUser.page.goto("/");
    await expect(asUser.page.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
    await asUser.page.getByRole("link", { name: "Notifications, 1 unread" }).click();
    const item = asUser.page.getByTestId("notification").first();
    await expect(item).toContainText("The group's assessment of PEP 751 changed");
    await expect(item).toContainText("impact not assessed → medium");
    // SMTP is configured in this run, so the notification arrives by email too.
    const mail = await waitForMailTo(user.email);
    expect(mail.subject).toBe("[PyHPC Hub] The group's assessment of PEP 751 changed");
    expect(mail.text).toContain("/peps/751");
    await asUser.page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(asUser.page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
    await asUser.context.close();
    await asChair.context.close();
  });
});

test.describe("assessing, as a chair", () => {
  test("edits with a Markdown preview, saves a new version and compares it with the last", async ({ browser }) => {
    const chair = await createPerson("chair");
    const { context, page } = await pageAs(browser, chair);
    await page.goto("/peps/739");
    await page.getByRole("link", { name: "Edit assessment" }).click();
    await page.getByRole("radio", { name: "High" }).check();
    await page.getByRole("radio", { name: "Support", exact: true }).check();
    await page.getByRole("checkbox", { name: "HPC centre staff" }).check();
    await page.getByRole("textbox", { name: /Summary/ }).fill("**build-details.json** describes a Python build so tools need not run it. Helps cross-builds for compute nodes; see PEP 720.");
    await page.getByRole("tab", { name: "preview" }).click();
    await expect(page.getByTestId("summary-preview").locator("strong")).toHaveText("build-details.json");
    await page.getByRole("tab", { name: "write" }).click();
    await page.getByRole("button", { name: "Save assessment" }).click();

    await expect(page).toHaveURL(/\/peps\/739$/);
    await expect(page.getByText(`Last changed by ${chair.name}`)).toBeVisible();
    await expect(page.getByText("High impact").first()).toBeVisible();
    await expect(page.locator(".prose-hub strong")).toHaveText("build-details.json");

    await page.getByRole("link", { name: /History \(2\)/ }).click();
    await expect(page.getByTestId("field-changes")).toContainText("Not assessed");
    await expect(page.getByTestId("field-changes")).toContainText("High");
    await expect(page.getByTestId("summary-diff").locator("ins")).toContainText("build-details.json");
    await page.getByRole("link", { name: "Version 1" }).click();
    await expect(page.getByText("No summary in this version.")).toBeVisible();
    await context.close();
  });

  test("marks any PEP as HPC-relevant, opening its assessment", async ({ browser }) => {
    const chair = await createPerson("chair");
    const { context, page } = await pageAs(browser, chair);
    await page.goto("/peps/20");
    await expect(page.getByText("has not marked this PEP as relevant to HPC")).toBeVisible();
    await page.getByRole("button", { name: "Mark HPC-relevant" }).click();
    await expect(page.getByRole("link", { name: "Edit assessment" })).toBeVisible();
    await page.getByRole("button", { name: "Not HPC-relevant" }).click();
    await expect(page.getByRole("button", { name: "Mark HPC-relevant" })).toBeVisible();
    await context.close();
  });

  test("when two chairs save at once, the second sees the first's version and loses nothing", async ({ browser }) => {
    const [first, second] = [await createPerson("chair", "Ines First"), await createPerson("chair", "Otto Second")];
    const a = await pageAs(browser, first);
    const b = await pageAs(browser, second);
    await a.page.goto("/peps/766/assessment/edit");
    await b.page.goto("/peps/766/assessment/edit");

    await a.page.getByRole("textbox", { name: /Summary/ }).fill("First chair: index priority matters for site mirrors.");
    await a.page.getByRole("button", { name: "Save assessment" }).click();
    await expect(a.page).toHaveURL(/\/peps\/766$/);

    const mine = "Second chair: sites mirror PyPI and need explicit index order.";
    await b.page.getByRole("textbox", { name: /Summary/ }).fill(mine);
    await b.page.getByRole("radio", { name: "Low" }).check();
    await b.page.getByRole("button", { name: "Save assessment" }).click();
    await expect(b.page.getByRole("alert").filter({ hasText: "Ines First saved a newer version" })).toBeVisible();
    await expect(b.page.getByTestId("conflicting-version")).toContainText("First chair: index priority matters");
    await expect(b.page.getByRole("textbox", { name: /Summary/ })).toHaveValue(mine);
    await expect(b.page.getByRole("radio", { name: "Low" })).toBeChecked();
    const { rows } = await database().query(`SELECT summary, version FROM "PepAssessment" WHERE "pepNumber" = 766`);
    expect(rows[0]).toEqual({ summary: "First chair: index priority matters for site mirrors.", version: 2 });

    await b.page.getByRole("button", { name: "Save mine over theirs" }).click();
    await expect(b.page).toHaveURL(/\/peps\/766$/);
    await expect(b.page.getByText(mine)).toBeVisible();
    await a.context.close();
    await b.context.close();
  });
});

test.describe("assessing, as someone who may not", () => {
  test("a member sees no edit button, is refused the editor, and a replayed chair request changes nothing", async ({ browser }) => {
    const member = await createPerson("member");
    const chair = await createPerson("chair");
    const asMember = await pageAs(browser, member);
    await asMember.page.goto("/peps/720");
    await expect(asMember.page.getByRole("link", { name: "Edit assessment" })).toHaveCount(0);
    await expect(asMember.page.getByRole("button", { name: "Mark HPC-relevant" })).toHaveCount(0);
    await asMember.page.goto("/peps/720/assessment/edit");
    await expect(asMember.page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

    // Capture what a chair's browser sends when saving, without letting it through…
    const asChair = await pageAs(browser, chair);
    await asChair.page.goto("/peps/720/assessment/edit");
    await asChair.page.getByRole("radio", { name: "High" }).check();
    const captured = await captureAction(asChair.page, "/peps/720/assessment/edit", () => asChair.page.getByRole("button", { name: "Save assessment" }).click());

    // …and send it with the member's session.
    const response = await asMember.context.request.post(captured.url, { headers: { ...captured.headers, cookie: await cookieHeader(asMember.context) }, data: captured.body });
    expect(await response.text()).toContain("You do not have permission to do that.");
    const { rows } = await database().query(`SELECT impact, version FROM "PepAssessment" WHERE "pepNumber" = 720`);
    expect(rows[0]).toEqual({ impact: "UNKNOWN", version: 1 });
    await asMember.context.close();
    await asChair.context.close();
  });
});

test.describe("syncing, as an admin", () => {
  test("runs a sync from the admin page and sees its report", async ({ browser }) => {
    const admin = await createPerson("admin");
    const { context, page } = await pageAs(browser, admin);
    await page.goto("/admin/peps");
    await page.getByRole("radio", { name: /snapshot shipped with the app/ }).check();
    await page.getByRole("button", { name: "Sync now" }).click();
    await expect(page.getByTestId("sync-report")).toContainText("Added 0, updated 0, unchanged 737, status changes 0.");
    await expect(page.getByRole("row").filter({ hasText: admin.name })).toBeVisible();
    await context.close();
  });

  test("a chair cannot reach the sync", async ({ browser }) => {
    const chair = await createPerson("chair");
    const { context, page } = await pageAs(browser, chair);
    await page.goto("/admin/peps");
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await context.close();
  });
});

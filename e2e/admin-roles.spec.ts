import { expect, test } from "./support/test";
import { captureAction, cookieHeader } from "./support/forms";
import { openAccountMenu } from "./support/account-menu";
import { createPerson, database, signInAs } from "./support/database";
import { expectNoHorizontalOverflow } from "./support/layout";
import { storageStateFor } from "./support/global-setup";

test.describe("roles and the audit log", () => {
  test("an admin appoints a member as chair; the change shows in the audit log and in that person's header", async ({ page, context, browser }) => {
    const admin = await createPerson("admin");
    const person = await createPerson("member");
    await signInAs(context, admin);

    await page.goto(`/admin/people?q=${encodeURIComponent(person.email)}`);
    const row = page.getByTestId(`person-${person.email}`);
    await expect(row.getByTestId("role-badge")).toHaveText("Member");
    await row.getByLabel(`Role of ${person.name}`, { exact: true }).selectOption("chair");
    await row.getByLabel(/Reason for changing the role/).fill("Elected chair at the BoF");
    await row.getByRole("button", { name: "Change" }).click();
    await expect(row.getByRole("status")).toHaveText("Now chair.");
    await page.reload();
    await expect(page.getByTestId(`person-${person.email}`).getByTestId("role-badge")).toHaveText("Chair");

    await page.getByRole("link", { name: "Audit log" }).click();
    const entry = page.getByTestId("audit-entry").filter({ hasText: person.name }).first();
    await expect(entry).toContainText(`${admin.name} changed the role of ${person.name}`);
    await expect(entry).toContainText("role: member → chair");
    await expect(entry).toContainText("Elected chair at the BoF");

    const theirContext = await browser.newContext();
    await signInAs(theirContext, person);
    const theirPage = await theirContext.newPage();
    await theirPage.goto("/");
    const menu = await openAccountMenu(theirPage, person.name);
    await expect(menu.getByTestId("user-role")).toHaveText("Chair");
    await theirContext.close();
  });

  test("an admin is not offered to make a chair of someone who is not a member, the form says why, and a forced choice is refused with nothing changed", async ({ page, context }) => {
    const admin = await createPerson("admin");
    const person = await createPerson("user");
    await signInAs(context, admin);
    await page.goto(`/admin/people?q=${encodeURIComponent(person.email)}`);
    const row = page.getByTestId(`person-${person.email}`);
    const roleChoice = row.getByLabel(`Role of ${person.name}`, { exact: true });
    await expect(roleChoice.locator("option")).toHaveText(["User", "Admin"]);
    await expect(row.getByText("Chairs are appointed among active members.")).toBeVisible();
    // A request made anyway (an option added to the page) is refused by the server, at the form.
    await roleChoice.evaluate((select) => select.append(new Option("Chair", "chair")));
    await roleChoice.selectOption("chair");
    await row.getByRole("button", { name: "Change" }).click();
    await expect(row.getByRole("alert")).toContainText("Only an active member can be a chair");
    await page.reload();
    await expect(page.getByTestId(`person-${person.email}`).getByTestId("role-badge")).toHaveText("User");
  });

  test("an admin cannot change their own role", async ({ page, context }) => {
    const admin = await createPerson("admin");
    await signInAs(context, admin);
    await page.goto(`/admin/people?q=${encodeURIComponent(admin.email)}`);
    await expect(page.getByTestId(`person-${admin.email}`)).toContainText("Your own role can only be changed by another admin.");
  });

  test.describe("as a chair", () => {
    test.use({ storageState: storageStateFor("chair") });
    test("administration is closed and not offered", async ({ page }) => {
      await page.goto("/");
      await openAccountMenu(page, "Charlie Chair");
      await expect(page.getByRole("menuitem", { name: "Administration" })).toHaveCount(0);
      await page.keyboard.press("Escape");
      await page.goto("/admin/people");
      await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
      await expect(page.getByRole("table")).toHaveCount(0);
      await page.goto("/admin/audit");
      await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    });
  });

  test("a member replaying the admin's role-change request is refused and nothing changes", async ({ browser }) => {
    const admin = await createPerson("admin");
    const member = await createPerson("member");
    const target = await createPerson("user");

    // Capture the real request an admin's browser sends…
    const adminContext = await browser.newContext();
    await signInAs(adminContext, admin);
    const adminPage = await adminContext.newPage();
    await adminPage.goto(`/admin/people?q=${encodeURIComponent(target.email)}`);
    const row = adminPage.getByTestId(`person-${target.email}`);
    await row.getByLabel(`Role of ${target.name}`, { exact: true }).selectOption("admin");
    const captured = await captureAction(adminPage, "/admin/people**", () => row.getByRole("button", { name: "Change" }).click());
    await adminContext.close();

    // …and send it again with the member's session.
    const memberContext = await browser.newContext();
    await signInAs(memberContext, member);
    const { cookie: _adminCookie, ...headers } = captured.headers;
    const response = await memberContext.request.post(captured.url, { headers: { ...headers, cookie: await cookieHeader(memberContext) }, data: captured.body });
    expect(await response.text()).toContain("You do not have permission to do that.");
    await memberContext.close();

    const { rows } = await database().query(`SELECT role FROM "User" WHERE id = $1`, [target.id]);
    expect(rows[0].role).toBe("USER");
    const audit = await database().query(`SELECT count(*)::int AS n FROM "AuditLog" WHERE "subjectId" = $1`, [target.id]);
    expect(audit.rows[0].n).toBe(0);
  });

  test("the admin pages fit a phone", async ({ browser }) => {
    const admin = await createPerson("admin");
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await signInAs(context, admin);
    const page = await context.newPage();
    for (const path of ["/admin", "/admin/people", "/admin/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalOverflow(page);
    }
    await context.close();
  });

  test("anonymous visitors are sent to sign in", async ({ page }) => {
    await page.goto("/admin/audit");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Faudit/);
  });
});

import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { openAccountMenu } from "./support/account-menu";
import { database } from "./support/database";
import { demoAccounts } from "./support/global-setup";
import { firstLinkIn, waitForMailTo } from "./support/mail";
import { e2e } from "./support/settings";

async function expectSignedInAs(page: Page, name: string, role: string) {
  const menu = await openAccountMenu(page, name);
  await expect(menu.getByTestId("user-role")).toHaveText(role);
  await page.keyboard.press("Escape");
}

test.describe("demo sign-in", () => {
  for (const [role, name] of Object.entries(demoAccounts)) {
    test(`as the demo ${role}, the header shows ${name} and the role`, async ({ page }) => {
      await page.goto("/sign-in");
      await expect(page.getByRole("heading", { name: /Demo sign-in/ })).toBeVisible();
      await page.getByRole("button", { name: `Sign in as ${name}` }).click();
      await expect(page).toHaveURL(e2e.appUrl + "/");
      await expectSignedInAs(page, name, role[0]!.toUpperCase() + role.slice(1));
    });
  }

  test("the session cookie is HttpOnly and SameSite=Lax, and signing out ends it", async ({ page, context }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in as Uma User" }).click();
    const cookie = (await context.cookies()).find((c) => c.name === "authjs.session-token");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const { rows } = await database().query(`SELECT count(*)::int AS n FROM "Session" WHERE "sessionToken" = $1`, [cookie!.value]);
    expect(rows[0].n).toBe(1);

    await openAccountMenu(page, "Uma User");
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    const after = await database().query(`SELECT count(*)::int AS n FROM "Session" WHERE "sessionToken" = $1`, [cookie!.value]);
    expect(after.rows[0].n).toBe(0);
  });

  test("brings you back to the page that asked you to sign in", async ({ page }) => {
    await page.goto("/admin/people");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fpeople/);
    await page.getByRole("button", { name: "Sign in as Ada Admin" }).click();
    await expect(page).toHaveURL(/\/admin\/people$/);
    await expect(page.getByRole("heading", { name: "People & roles" })).toBeVisible();
  });

  test("a crafted callback never sends a fresh session off-site, signing in or already signed in", async ({ page }) => {
    const crafted = ["/.//evil.example", "/a/..//evil.example", "/%2e//evil.example"];
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(crafted[0]!)}`);
    await page.getByRole("button", { name: "Sign in as Uma User" }).click();
    await expect(page).toHaveURL(e2e.appUrl + "/");
    for (const callbackUrl of crafted) {
      // Signed in, the sign-in page redirects straight to the callback: it must stay on this site.
      const response = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
      const location = response.headers().location ?? "";
      expect(new URL(location, e2e.appUrl).origin, `${callbackUrl} → ${location}`).toBe(e2e.appUrl);
    }
  });

  test("a sign-in posted from another site is refused", async ({ page, request }) => {
    await page.goto("/sign-in");
    const userId = await page.locator('form[action="/sign-in/demo"] input[name="userId"]').first().inputValue();
    const response = await request.post("/sign-in/demo", {
      form: { userId },
      headers: { origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toContain("/sign-in?error=CrossSite");
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
  });

  test("a forged sign-in as someone who is not a demo person is refused", async ({ page }) => {
    await page.goto("/sign-in");
    await page.locator('form[action="/sign-in/demo"] input[name="userId"]').first().evaluate((input) => ((input as HTMLInputElement).value = "not-a-demo-person"));
    await page.locator('form[action="/sign-in/demo"] button').first().click();
    await expect(page.getByRole("alert").filter({ hasText: "That demo person does not exist" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  });
});

test.describe("OpenID Connect (institutional sign-in)", () => {
  test("signs in for real through the provider and creates the account", async ({ page }) => {
    const login = `rse-${randomUUID().slice(0, 8)}`;
    await page.goto("/sign-in");
    await page.getByRole("button", { name: e2e.oidcClient.label }).click();
    await expect(page).toHaveURL(new RegExp(`^${e2e.oidcIssuer}/`));
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill("any password");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(e2e.appUrl + "/");
    await expectSignedInAs(page, `SSO ${login}`, "User");
    const { rows } = await database().query(
      `SELECT u.email, a.provider FROM "User" u JOIN "Account" a ON a."userId" = u.id WHERE u.email = $1`,
      [`${login}@sso.example.test`],
    );
    expect(rows).toEqual([{ email: `${login}@sso.example.test`, provider: "oidc" }]);
  });
});

test.describe("email magic links", () => {
  const requestLink = async (page: Page, address: string) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(address);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    return firstLinkIn((await waitForMailTo(address)).text);
  };

  test("signs in with the link from the email, once", async ({ page, browser }) => {
    const address = `magic-${randomUUID().slice(0, 8)}@example.test`;
    const link = await requestLink(page, address);
    expect(link.startsWith(`${e2e.appUrl}/api/auth/callback/nodemailer`)).toBe(true);
    await page.goto(link);
    await expect(page).toHaveURL(e2e.appUrl + "/");
    await expectSignedInAs(page, address, "User");

    // The same link again, in another browser: it was used up.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(link);
    await expect(otherPage.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
    await expect(otherPage.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await other.close();
  });

  test("an expired link is refused with a clear message", async ({ page }) => {
    const address = `expired-${randomUUID().slice(0, 8)}@example.test`;
    const link = await requestLink(page, address);
    await database().query(`UPDATE "VerificationToken" SET expires = now() - interval '1 minute' WHERE identifier = $1`, [address]);
    await page.goto(link);
    await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
    const { rows } = await database().query(`SELECT count(*)::int AS n FROM "User" WHERE email = $1`, [address]);
    expect(rows[0].n).toBe(0);
  });

  test("an address that is not one gets a message at the field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("not-an-address");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText("Enter an email address like name@example.org.")).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  });
});

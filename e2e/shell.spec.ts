import { expect, test } from "./support/test";
import { expectNoHorizontalOverflow } from "./support/layout";

test.describe("the app shell, as an anonymous visitor", () => {
  test("the home page says what the group is and shows figures from the database", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("high-performance computing meets the future of Python");
    const figures = page.getByRole("region", { name: "The hub in figures" }).or(page.locator("dl").first());
    await expect(figures.getByText("PEPs tracked")).toBeVisible();
    await expect(figures.getByText("737", { exact: true })).toBeVisible();
    await expect(figures.getByText("78 marked HPC-relevant")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Start-up & imports" })).toBeVisible();
  });

  test("every section in the header leads to a real page", async ({ page }) => {
    await page.goto("/");
    const sections = ["PEP tracker", "Pain points", "Sessions", "Statements", "Members"];
    for (const section of sections) {
      await page.getByRole("banner").getByRole("link", { name: section, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText("Page not found")).toHaveCount(0);
      await expect(page.getByRole("banner").getByRole("link", { name: section, exact: true })).toHaveAttribute("aria-current", "page");
    }
  });

  test("an unknown address gets a proper 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the overview" })).toBeVisible();
  });

  test("has landmarks and a skip link to the content", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("on a phone, the sections are behind a menu button", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto("/");
    const menuPanel = page.getByRole("navigation", { name: "Sections" });
    await expect(menuPanel).toBeHidden();
    await page.getByText("Menu", { exact: true }).or(page.getByLabel("Menu")).first().click();
    await expect(menuPanel.getByRole("link", { name: "Sessions" })).toBeVisible();
    await menuPanel.getByRole("link", { name: "Sessions" }).click();
    await expect(page).toHaveURL(/\/sessions$/);
    await expect(menuPanel).toBeHidden();
    for (const path of ["/", "/sign-in", "/peps", "/pain-points", "/sessions", "/statements", "/members", "/no-such-page"]) {
      await page.goto(path);
      await expectNoHorizontalOverflow(page);
    }
    await context.close();
  });

  test("follows the system's dark setting", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto("/");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [red, green, blue] = background.match(/\d+/g)!.map(Number);
    expect(red! + green! + blue!).toBeLessThan(150);
    await context.close();
  });
});

test.describe("safe by default", () => {
  test("pages carry a strict Content-Security-Policy whose nonce is on every script", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/");
    const policy = response!.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).not.toContain("unsafe-inline' 'nonce"); // inline scripts only with the nonce
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(scriptNonces.every((value) => value === nonce)).toBe(true);
    expect(violations).toEqual([]);
    expect(response!.headers()).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "strict-origin-when-cross-origin" });

    // Every render gets a new nonce (copies of one render for anonymous visitors share it; see server/anonymous-page-cache.ts).
    const second = await page.goto(`/?render=${Date.now()}`);
    expect(/'nonce-([^']+)'/.exec(second!.headers()["content-security-policy"]!)?.[1]).not.toBe(nonce);
  });

  test("/api/health reports the app and database as JSON", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(await response.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
  });
});

import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type FullConfig } from "@playwright/test";
import { e2e } from "./settings";

/** The seeded demo people whose signed-in browser state tests reuse. */
export const demoAccounts = {
  admin: "Ada Admin",
  chair: "Charlie Chair",
  member: "Mia Member",
  user: "Uma User",
} as const;
export type DemoRole = keyof typeof demoAccounts;
export const storageStateFor = (role: DemoRole) => path.join(e2e.authDir, `${role}.json`);

/** Signs in once per demo role through the real demo sign-in form. */
export default async function globalSetup(config: FullConfig) {
  await mkdir(e2e.authDir, { recursive: true });
  const { launchOptions } = config.projects[0]!.use;
  const browser = await chromium.launch(launchOptions);
  for (const [role, name] of Object.entries(demoAccounts) as [DemoRole, string][]) {
    const context = await browser.newContext({ baseURL: e2e.appUrl });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByRole("button", { name: `Sign in as ${name}` }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await context.storageState({ path: storageStateFor(role) });
    await context.close();
  }
  await browser.close();
}

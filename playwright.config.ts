import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { e2e } from "./e2e/support/settings";

/** Playwright's own Chromium when it is installed, else Debian's (`apt-get install chromium`). */
const executablePath = existsSync(chromium.executablePath()) ? undefined : "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  // Several specs drive three or four browsers through a whole flow; on a busy 2-core machine they take twice their usual 15 s.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    baseURL: e2e.appUrl,
    // A trace's screencast encodes every frame the page paints (a pulsing dot
    // paints all the time), which starved pages of CPU until their live
    // connections timed out on a 2-core CI machine. Traces keep the DOM
    // snapshots of each step; on CI only a failed test's retry records one.
    trace: { mode: process.env.CI ? "on-first-retry" : "retain-on-failure", screenshots: false },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      // As root Chromium needs --no-sandbox; the rest keeps it off the network it cannot reach.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: "node --import tsx e2e/support/identity-services.ts",
      url: `${e2e.oidcIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: !process.env.CI,
      stdout: "ignore",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      command: "node --import tsx --import ./scripts/register-server-only.mjs e2e/support/test-app.ts",
      url: `${e2e.appUrl}/api/health`,
      // Builds the app first when no current production build exists.
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
  ],
});

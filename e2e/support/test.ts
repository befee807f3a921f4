import { test as base, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";

export { expect } from "@playwright/test";

/**
 * Playwright's `test`, with two changes for tests that act like people:
 * - pages wait after `goto` and `reload` until React has taken the page over
 *   (see components/layout/hydration-marker.tsx). On a busy 2-core machine
 *   that can take seconds after the load event, and a click or keystroke
 *   before it is lost, as it would be for a person;
 * - the browser contexts a test opens itself (several people at once) close
 *   when it ends. Playwright leaves them open for the rest of the worker,
 *   where their live pages kept connections and CPU busy under later tests.
 */
export const test = base.extend<{ context: BrowserContext; closeOpenedContexts: void }>({
  context: async ({ context }, provide) => {
    waitForHydrationAfterNavigating(context);
    await provide(context);
  },
  closeOpenedContexts: [
    async ({ browser }, provide) => {
      waitForHydrationInNewContexts(browser);
      const before = new Set(browser.contexts());
      await provide();
      await Promise.all(browser.contexts().filter((context) => !before.has(context)).map((context) => context.close()));
    },
    { auto: true },
  ],
});

const patched = new WeakSet<object>();

function waitForHydrationInNewContexts(browser: Browser) {
  if (patched.has(browser)) return;
  patched.add(browser);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    // Without scripts a page never hydrates; what the server sent is all there is.
    if (options?.javaScriptEnabled !== false) waitForHydrationAfterNavigating(context);
    return context;
  };
}

function waitForHydrationAfterNavigating(context: BrowserContext) {
  if (patched.has(context)) return;
  patched.add(context);
  context.on("page", waitForHydrationIn);
  for (const page of context.pages()) waitForHydrationIn(page);
}

function waitForHydrationIn(page: Page) {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => hydrated(page, await goto(url, options));
  page.reload = async (options) => hydrated(page, await reload(options));
}

async function hydrated(page: Page, response: Response | null) {
  // Files (Markdown, calendars) and plain-text errors have nothing to hydrate.
  if (response?.headers()["content-type"]?.startsWith("text/html")) {
    await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 30_000 });
  }
  return response;
}

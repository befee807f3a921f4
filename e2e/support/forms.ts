import { expect, type BrowserContext, type Page } from "@playwright/test";

export interface CapturedPost {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** Submits a form as `page`'s person but captures the post instead of sending it, to send it changed or replay it as someone else. */
export async function captureAction(page: Page, path: string, submit: () => Promise<void>): Promise<CapturedPost> {
  let captured: CapturedPost | undefined;
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = { url: route.request().url(), headers: await route.request().allHeaders(), body: route.request().postDataBuffer()! };
    await route.abort();
  });
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute(`**${path}`);
  return captured!;
}

/** The context's cookies as a Cookie header, for replaying a captured post as that context's person. */
export const cookieHeader = async (context: BrowserContext) => (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");

import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import { captureAction } from "./support/forms";
import { createPainPoint } from "./support/pain-points";
import { createPerson, database, pageAs } from "./support/database";

/**
 * Issue 18 in the browser: an invisible control character typed (or pasted)
 * into a form is refused at its field with what was typed kept, and a forged
 * post with an id PostgreSQL's integer cannot hold gets a clear message, not
 * the error page or "Something went wrong".
 */

const controlCharacterMessage = "Remove the invisible control character (such as NUL) from this text.";

test("a NUL typed into a report's title is refused at the title, with everything typed kept; nothing is stored", async ({ browser }) => {
  const { page } = await pageAs(browser, await createPerson("user"));
  const title = `Imports are slow ${randomUUID().slice(0, 8)}\u0000 on scratch`;
  await page.goto("/pain-points/new");
  await page.getByLabel("Title").fill(title);
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await page.getByRole("checkbox", { name: /^Start-up & imports/ }).check();
  await page.getByRole("radio", { name: /^Costs hours/ }).check();
  await page.getByRole("textbox", { name: /^Description/ }).fill("Every rank stats thousands of files on the shared filesystem.");
  await page.getByRole("button", { name: "Send report" }).click();

  await expect(page.getByLabel("Title")).toHaveAccessibleDescription(new RegExp(controlCharacterMessage.replace(/[.()]/g, "\\$&")));
  await expect(page.getByText(/Something went wrong/)).toHaveCount(0);
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByRole("textbox", { name: /^Description/ })).toHaveValue(/shared filesystem/);
  const { rows } = await database().query(`SELECT count(*)::int AS count FROM "PainPoint" WHERE title LIKE $1`, [`${title.slice(0, 25)}%`]);
  expect(rows[0].count).toBe(0);
});

test("a report number too large to exist, typed or forged, gets a clear message, not an internal error", async ({ browser }) => {
  const { id } = await createPainPoint(await createPerson("user"));
  const { page, context } = await pageAs(browser, await createPerson("chair"));
  await page.goto(`/pain-points/${id}`);
  const triage = page.getByRole("region", { name: "Triage (chairs)" });

  // Typed into the real form: the duplicate's number.
  await triage.getByLabel("Status", { exact: true }).selectOption("DUPLICATE");
  await triage.getByLabel("Duplicate of report #").fill("2147483648");
  await triage.getByLabel("Reason").fill("The same problem as the original report");
  await triage.getByRole("button", { name: "Change status" }).click();
  await expect(triage.getByLabel("Duplicate of report #")).toHaveAccessibleDescription(/Give the number of the original report\./);
  await expect(triage.getByLabel("Duplicate of report #")).toHaveValue("2147483648");
  await expect(page.getByText(/Something went wrong/)).toHaveCount(0);

  // Forged: the same post with a duplicate-of number far past the integer's range.
  await triage.getByLabel("Duplicate of report #").fill("12");
  const request = await captureAction(page, `/pain-points/${id}`, () => triage.getByRole("button", { name: "Change status" }).click());
  const forged = Buffer.from(request.body.toString("latin1").replace(/(name="[^"]*duplicateOfId"\r\n\r\n)12\r\n/, "$199999999999\r\n"), "latin1");
  expect(forged.equals(request.body)).toBe(false);
  const cookie = (await context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  const response = await context.request.post(request.url, { headers: { ...request.headers, cookie }, data: forged });
  const answer = await response.text();
  expect(response.status()).toBeLessThan(500);
  expect(answer).toContain("Give the number of the original report.");
  expect(answer).not.toContain("Something went wrong");
  const { rows } = await database().query(`SELECT status FROM "PainPoint" WHERE id = $1`, [id]);
  expect(rows[0].status).toBe("NEW");
});

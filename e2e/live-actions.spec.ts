import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, database, pageAs } from "./support/database";
import { openLivePage } from "./support/live";

/**
 * How every live tool acts (one hook, useLiveAction): when its Server Action
 * cannot reach the server (offline, a dropped connection), it says so where
 * it was used, keeps what was typed, and the page raises no error of its own
 * (the requests are aborted in the browser: Server Actions are POSTs carrying
 * a `Next-Action` header); when someone else changed the thing first, it
 * shows their version.
 */

async function planSession() {
  const slug = `offline-${randomUUID().slice(0, 8)}`;
  const { rows } = await database().query<{ id: number }>(
    `INSERT INTO "BofSession" (slug, title, "startsAt", "endsAt", "timeZone", "updatedAt")
     VALUES ($1, $2, now() - interval '10 minutes', now() + interval '1 hour', 'Europe/Berlin', now()) RETURNING id`,
    [slug, `Offline test ${slug}`],
  );
  const id = rows[0]!.id;
  await database().query(`INSERT INTO "AgendaItem" ("sessionId", position, title, minutes) VALUES ($1, 0, 'Welcome', 5)`, [id]);
  await database().query(`INSERT INTO "NoteDocument" ("sessionId", markdown, "mentionedPeps", "updatedAt") VALUES ($1, '', '{}', now())`, [id]);
  return { id, path: `/sessions/${slug}` };
}

/** Every Server Action from now on fails as a dropped connection would; the page itself stays loaded. */
async function dropServerActions(page: Page) {
  await page.route("**/*", (route) => (route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.fallback()));
}

const unreachable = "The server could not be reached. Nothing was changed; please try again.";

test("every live tool says when the server cannot be reached, keeps what was typed, and the page throws nothing", async ({ browser }) => {
  const session = await planSession();
  const { page } = await pageAs(browser, await createPerson("chair"));
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await openLivePage(page, session.path);
  await dropServerActions(page);

  // The agenda.
  await page.getByRole("button", { name: "Start agenda" }).click();
  const agenda = page.getByRole("list", { name: "Agenda items" }).locator("..");
  await expect(agenda.getByRole("alert")).toHaveText(unreachable);
  await expect(page.getByTestId("agenda-now")).toHaveCount(0);

  // Questions: asking, and the chairs' approval switch.
  const questions = page.getByTestId("questions-panel");
  const question = `Does it work offline ${randomUUID().slice(0, 6)}?`;
  await questions.getByRole("textbox", { name: "Your question" }).fill(question);
  await questions.getByRole("button", { name: "Ask", exact: true }).click();
  await expect(questions.getByRole("form", { name: "Ask a question" }).getByRole("alert")).toHaveText(unreachable);
  await expect(questions.getByRole("textbox", { name: "Your question" })).toHaveValue(question);
  await questions.getByRole("switch", { name: "Approve questions before they are shown" }).click();
  await expect(questions.getByRole("alert").filter({ hasText: unreachable })).toHaveCount(2);
  await expect(questions.getByRole("switch", { name: "Approve questions before they are shown" })).toHaveAttribute("aria-checked", "false");

  // Polls.
  await page.getByRole("tab", { name: /^Polls/ }).click();
  const polls = page.getByTestId("polls-panel");
  await polls.getByRole("button", { name: "New poll" }).click();
  const pollForm = polls.getByRole("form", { name: "New poll" });
  await pollForm.getByRole("textbox", { name: "Question", exact: true }).fill("Which scheduler?");
  await pollForm.getByRole("textbox", { name: "Option 1", exact: true }).fill("Slurm");
  await pollForm.getByRole("textbox", { name: "Option 2", exact: true }).fill("PBS");
  await pollForm.getByRole("button", { name: "Save draft" }).click();
  await expect(pollForm.getByRole("alert")).toHaveText(unreachable);
  await expect(pollForm.getByRole("textbox", { name: "Question", exact: true })).toHaveValue("Which scheduler?");

  // Action items.
  await page.getByRole("tab", { name: /^Actions/ }).click();
  const actionForm = page.getByTestId("action-items-panel").getByRole("form", { name: "Add an action item" });
  await actionForm.getByRole("textbox", { name: "New action item" }).fill("Write to the steering council");
  await actionForm.getByRole("button", { name: "Add action item" }).click();
  await expect(actionForm.getByRole("alert")).toHaveText(unreachable);
  await expect(actionForm.getByRole("textbox", { name: "New action item" })).toHaveValue("Write to the steering council");

  // Nothing was stored, and the page never failed on its own.
  const { rows } = await database().query<{ count: number }>(
    `SELECT (SELECT count(*) FROM "Question" WHERE "sessionId" = $1) + (SELECT count(*) FROM "Poll" WHERE "sessionId" = $1) + (SELECT count(*) FROM "ActionItem" WHERE "sessionId" = $1) AS count`,
    [session.id],
  );
  expect(Number(rows[0]!.count)).toBe(0);
  expect(pageErrors).toEqual([]);
});

test("an edit that lost a race shows the other person's version, keeps what was typed, and saves on the second try", async ({ browser }) => {
  const session = await planSession();
  const { page } = await pageAs(browser, await createPerson("chair"));
  const { rows } = await database().query<{ id: number }>(
    `INSERT INTO "ActionItem" ("sessionId", text) VALUES ($1, 'Ask the sites about Lustre') RETURNING id`,
    [session.id],
  );
  await openLivePage(page, session.path);
  await page.getByRole("tab", { name: /^Actions/ }).click();
  const panel = page.getByTestId("action-items-panel");
  await panel.getByTestId("action-item").filter({ hasText: "Ask the sites about Lustre" }).getByRole("button", { name: /^Edit/ }).click();
  const form = panel.getByRole("form", { name: "Edit action item" });
  await form.getByRole("textbox", { name: "Action item" }).fill("Ask the sites about GPFS");

  // Someone else's change that this page has not heard of (written without a live notice).
  await database().query(`UPDATE "ActionItem" SET text = 'Ask the sites about Lustre and GPFS', version = version + 1 WHERE id = $1`, [rows[0]!.id]);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("alert")).toHaveText("Someone else changed this action item while you were editing it. Look at their change and edit again.");
  await expect(form.getByRole("textbox", { name: "Action item" })).toHaveValue("Ask the sites about GPFS");
  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(panel.getByTestId("action-item")).toHaveText(/Ask the sites about Lustre and GPFS/);

  // Their version is now the one the next edit starts from, so saving again replaces it.
  await panel.getByTestId("action-item").getByRole("button", { name: /^Edit/ }).click();
  await form.getByRole("textbox", { name: "Action item" }).fill("Ask the sites about GPFS");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(panel.getByTestId("action-item")).toHaveText(/Ask the sites about GPFS/);
  await expect(panel.getByTestId("action-item")).not.toHaveText(/Lustre/);
});

import { randomUUID } from "node:crypto";
import type { Locator } from "@playwright/test";
import { expect, test } from "./support/test";
import { openAccountMenu } from "./support/account-menu";
import { createPerson, database, pageAs, type TestPerson } from "./support/database";

/**
 * Titles and names are what people typed, and may hold bidirectional controls:
 * an unclosed U+202E RIGHT-TO-LEFT OVERRIDE in a title would reverse every
 * character after it to the end of the line ("Reported 3 Dec by …" written
 * backwards). Wherever they are listed, each sits in an isolate of its own
 * (<bdi>, or an element with dir="auto"), which ends the override with it.
 */

const RLO = "\u202E";
/** A word nobody else has written, for finding this test's rows. */
const uniqueWord = () => `bidi${randomUUID().slice(0, 6)}`;

/**
 * The innermost element holding all of `text` is, or sits in, an isolate
 * inside `scope` whose text is exactly `text`: what follows is outside it.
 */
async function expectIsolated(scope: Locator, text: string) {
  const isolated = await scope.evaluate((root, wanted) => {
    const holders = [root, ...root.querySelectorAll("*")].filter((element) => element.textContent?.includes(wanted));
    const innermost = holders.find((element) => ![...element.children].some((child) => child.textContent?.includes(wanted)));
    if (!innermost) return "(not found)";
    const isolate = innermost.closest("bdi, [dir=auto]");
    return isolate && root.contains(isolate) ? isolate.textContent : "(not isolated)";
  }, text);
  expect(isolated, `“${text.replace(RLO, "<U+202E>")}” in its own isolate`).toBe(text);
}

async function seedReport(reporter: TestPerson, word: string) {
  const title = `${RLO}evil ${word} report`;
  const { rows } = await database().query<{ id: number }>(
    `INSERT INTO "PainPoint" (title, description, severity, "reporterId", "isReporterPublic", "affectedCount", "siteCount", "updatedAt", "lastActivityAt", "searchVector")
     VALUES ($1, 'Every rank stats thousands of files while importing.', 'COSTS_HOURS', $2, true, 1, 0, now(), now(), setweight(to_tsvector('english', $3), 'A'))
     RETURNING id`,
    [title, reporter.id, `evil ${word} report`],
  );
  return { id: rows[0]!.id, title };
}

async function seedSession(word: string) {
  const slug = `bidi-${word}`;
  const title = `${RLO}session ${word}`;
  const { rows } = await database().query<{ id: number }>(
    `INSERT INTO "BofSession" (slug, title, "startsAt", "endsAt", "timeZone", "updatedAt")
     VALUES ($1, $2, now() + interval '2 days', now() + interval '2 days' + interval '1 hour', 'UTC', now()) RETURNING id`,
    [slug, title],
  );
  await database().query(`INSERT INTO "NoteDocument" ("sessionId", markdown, "mentionedPeps", "updatedAt") VALUES ($1, '', '{}', now())`, [rows[0]!.id]);
  return { slug, title };
}

test("a pain point's title and its reporter's name are isolated on the board, in search and in the header", async ({ browser }) => {
  const word = uniqueWord();
  const reporter = await createPerson("user", `${RLO}Eve ${word}`);
  const report = await seedReport(reporter, word);
  const { page } = await pageAs(browser, reporter);

  await page.goto(`/pain-points?q=${word}`);
  const row = page.getByTestId("pain-point-row").filter({ hasText: word });
  await expect(row).toHaveCount(1);
  await expectIsolated(row, report.title);
  await expectIsolated(row, reporter.name);

  await page.goto(`/search?q=${word}`);
  const hit = page.getByTestId("search-hit").filter({ hasText: word });
  await expect(hit).toHaveCount(1);
  await expectIsolated(hit, report.title);

  await expectIsolated(page.locator("header"), reporter.name);
  const menu = await openAccountMenu(page, reporter.name);
  await expectIsolated(menu, reporter.name);
});

test("a session's title is isolated in the list of sessions and in its pages' breadcrumbs", async ({ browser }) => {
  const word = uniqueWord();
  const session = await seedSession(word);
  // Signed in: a visitor may be served the list as it was up to 15 seconds ago.
  const { page } = await pageAs(browser, await createPerson("user"));

  await page.goto("/sessions");
  const row = page.getByTestId("session-row").filter({ hasText: word });
  await expect(row).toHaveCount(1);
  await expectIsolated(row, session.title);

  await page.goto(`/sessions/${session.slug}/notes`);
  await expectIsolated(page.getByRole("navigation", { name: "Breadcrumb" }), session.title);
});

test("a person's name is isolated in the admins' list of people", async ({ browser }) => {
  const word = uniqueWord();
  const person = await createPerson("user", `${RLO}Mallory ${word}`);
  const { page } = await pageAs(browser, await createPerson("admin"));

  await page.goto(`/admin/people?q=${word}`);
  const row = page.getByTestId(`person-${person.email}`);
  await expect(row).toBeVisible();
  await expectIsolated(row, person.name);
});

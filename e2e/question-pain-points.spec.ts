import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, createSession, database, pageAs, type TestRole } from "./support/database";
import { captureAction, cookieHeader } from "./support/forms";
import { expectNoHorizontalOverflow } from "./support/layout";
import { openLiveNotes, openLivePage } from "./support/live";

/**
 * Questions become work: on a live session's page a chair turns an audience
 * question, or a passage selected in the notes, into a pain-point report in
 * one step — the report form opens filled from it, and once filed the report
 * says where it was raised and the question links to it, live. Members and
 * users see no such action, and posting one is refused.
 */

const screenshots = "test-results/screenshots";
mkdirSync(screenshots, { recursive: true });

const unique = (text: string) => `${text} ${randomUUID().slice(0, 6)}`;
const panel = (page: Page) => page.getByTestId("questions-panel");
const questionCard = (page: Page, text: string) => panel(page).getByTestId("question").filter({ hasText: text });

async function joined(browser: Browser, path: string, role: TestRole, name?: string) {
  const person = await createPerson(role, name);
  const { context, page } = await pageAs(browser, person);
  await openLivePage(page, path);
  return { person, context, page };
}

async function ask(page: Page, text: string, { isAnonymous = false } = {}) {
  await panel(page).getByRole("textbox", { name: "Your question" }).fill(text);
  if (isAnonymous) await panel(page).getByRole("checkbox", { name: "Ask anonymously" }).check();
  await panel(page).getByRole("button", { name: "Ask", exact: true }).click();
  await expect(panel(page).getByRole("textbox", { name: "Your question" })).toHaveValue("");
}

/** What the chair still fills in: how much it hurts and where. */
async function completeReport(page: Page) {
  await page.getByRole("checkbox", { name: /^Packaging/ }).check();
  await page.getByRole("radio", { name: /^Blocks my work/ }).check();
}

/**
 * Selects one line of the notes with the keyboard, as a chair would: Home and
 * End stop at each place the editor wraps the line, so each is pressed until
 * the line's start and end are reached.
 */
async function selectLine(page: Page, line: string) {
  await page.getByTestId("notes-editor").locator(".cm-line").filter({ hasText: line }).click();
  for (let wrap = 0; wrap < 4; wrap++) await page.keyboard.press("Home");
  for (let wrap = 0; wrap < 4; wrap++) await page.keyboard.press("Shift+End");
}

const reportsFrom = async (questionText: string) =>
  (
    await database().query<{ id: number; reporterId: string; raisedById: string | null; raisedInSessionId: number | null }>(
      `SELECT p.id, p."reporterId", p."raisedById", p."raisedInSessionId" FROM "PainPoint" p JOIN "Question" q ON q.id = p."sourceQuestionId" WHERE q.body = $1`,
      [questionText],
    )
  ).rows;

test.describe("a question becomes a pain point", () => {
  test("a chair makes a pain point of a question: the form is filled from it, the report says where it was raised, and the question links to it for everyone, live", async ({ browser }) => {
    test.setTimeout(120_000);
    const session = await createSession({ notes: "" });
    const asker = await joined(browser, session.path, "user", `Asha ${randomUUID().slice(0, 4)}`);
    const chair = await joined(browser, session.path, "chair");
    const text = unique("Why do MPI-enabled wheels break on our Cray? We rebuild mpi4py on every cluster.");
    await ask(asker.page, text);

    await expect(questionCard(asker.page, text).getByRole("link", { name: "Make a pain point" })).toHaveCount(0);
    await questionCard(chair.page, text).screenshot({ path: `${screenshots}/question-chair-actions.png` });
    await questionCard(chair.page, text).getByRole("link", { name: "Make a pain point" }).click();
    await expect(chair.page).toHaveURL(/\/pain-points\/new\?fromQuestion=\d+$/);
    const origin = chair.page.getByTestId("report-origin");
    await expect(origin).toContainText(`From a question in ${session.title}, asked by ${asker.person.name}`);
    await expect(origin.getByTestId("report-origin-quote")).toHaveText(text);
    await expect(chair.page.getByRole("heading", { level: 1 })).toHaveText("File a pain point from the session");
    await expect(chair.page.getByLabel("Title")).toHaveValue("Why do MPI-enabled wheels break on our Cray?");
    await expect(chair.page.getByRole("textbox", { name: /^Description/ })).toHaveValue(`> ${text}\n\nRaised in [${session.title}](/sessions/${session.slug})`);
    // Everything else of the ordinary form is there for the chair to fill.
    await expect(chair.page.getByRole("radio", { name: /^Blocks my work/ })).not.toBeChecked();
    await expect(chair.page.getByRole("heading", { name: "Where you meet it" })).toBeVisible();
    await expectNoHorizontalOverflow(chair.page);
    await chair.page.screenshot({ path: `${screenshots}/question-pain-point-form.png`, fullPage: true });

    // Sent without the areas and severity: refused at those fields, the prefilled text kept.
    await chair.page.getByRole("button", { name: "File the report" }).click();
    await expect(chair.page.getByText("Choose at least one area.")).toBeVisible();
    await expect(chair.page.getByLabel("Title")).toHaveValue("Why do MPI-enabled wheels break on our Cray?");
    expect(await reportsFrom(text)).toEqual([]);

    await completeReport(chair.page);
    await chair.page.getByRole("button", { name: "File the report" }).click();
    await expect(chair.page).toHaveURL(/\/pain-points\/\d+\?reported=1$/);
    const id = Number(new URL(chair.page.url()).pathname.split("/").pop());
    const raisedIn = chair.page.getByTestId("raised-in");
    await expect(raisedIn).toHaveText(`Raised in ${session.title} · asked by ${asker.person.name}`);
    await expect(chair.page.getByRole("heading", { level: 1 })).toHaveText("Why do MPI-enabled wheels break on our Cray?");
    await chair.page
      .locator("header")
      .filter({ has: raisedIn })
      .screenshot({ path: `${screenshots}/pain-point-raised-in.png` });
    expect(await reportsFrom(text)).toEqual([{ id, reporterId: chair.person.id, raisedById: asker.person.id, raisedInSessionId: session.id }]);

    // The asker's open page hears of it at once.
    await expect(questionCard(asker.page, text).getByRole("link", { name: `Became #pain-${id}` })).toHaveAttribute("href", `/pain-points/${id}`);

    // Back on the session, the question links to the report and offers no second one.
    await raisedIn.getByRole("link", { name: session.title }).click();
    await expect(chair.page).toHaveURL(new RegExp(`${session.path}$`));
    const card = questionCard(chair.page, text);
    await expect(card.getByRole("link", { name: `Became #pain-${id}` })).toBeVisible();
    await expect(card.getByRole("link", { name: "Make a pain point" })).toHaveCount(0);
    await card.screenshot({ path: `${screenshots}/question-became-pain-point.png` });

    // The asker was told, in the app.
    const { rows } = await database().query(`SELECT title, link FROM "Notification" WHERE "userId" = $1 AND kind = 'question.painPoint'`, [asker.person.id]);
    expect(rows).toEqual([{ title: `Your question in “${session.title}” became pain point #${id}`, link: `/pain-points/${id}` }]);
  });

  test("members see no action; a member opening the chair's address gets the ordinary form without the question; a member's replay of the chair's post is refused, and so is the chair's second", async ({ browser }) => {
    test.setTimeout(120_000);
    const session = await createSession({ notes: "" });
    const asker = await joined(browser, session.path, "user", `Quiet ${randomUUID().slice(0, 4)}`);
    const member = await joined(browser, session.path, "member");
    const chair = await joined(browser, session.path, "chair");
    const text = unique("Is anyone running free-threaded builds in production on Slurm?");
    await ask(asker.page, text, { isAnonymous: true });

    await expect(questionCard(member.page, text)).toBeVisible();
    await expect(questionCard(member.page, text).getByRole("link", { name: "Make a pain point" })).toHaveCount(0);
    await expect(member.page.getByTestId("notes-passage-action")).toHaveCount(0);

    // The chair's form: an anonymous asker is anonymous here too.
    await questionCard(chair.page, text).getByRole("link", { name: "Make a pain point" }).click();
    await expect(chair.page.getByTestId("report-origin")).toContainText(`From a question in ${session.title}, asked anonymously`);
    await expect(chair.page.locator("body")).not.toContainText(asker.person.name);
    const formAddress = new URL(chair.page.url()).pathname + new URL(chair.page.url()).search;

    // The same address opened by a member: the ordinary form, with a notice, and nothing of the question.
    await member.page.goto(formAddress);
    await expect(member.page.getByRole("status").filter({ hasText: "Only chairs can file a report from a session’s question or notes." })).toBeVisible();
    await expect(member.page.getByRole("heading", { level: 1 })).toHaveText("Report a pain point");
    await expect(member.page.getByTestId("report-origin")).toHaveCount(0);
    await expect(member.page.getByLabel("Title")).toHaveValue("");
    await expect(member.page.locator("body")).not.toContainText(text);
    await expect(member.page.locator("body")).not.toContainText(asker.person.name);

    // The chair's post, captured and sent with the member's cookie: refused, nothing stored.
    await completeReport(chair.page);
    const captured = await captureAction(chair.page, "/pain-points/new**", () => chair.page.getByRole("button", { name: "File the report" }).click());
    const { cookie: _chairCookie, ...headers } = captured.headers;
    const replay = await member.context.request.post(captured.url, { headers: { ...headers, cookie: await cookieHeader(member.context) }, data: captured.body });
    expect(await replay.text()).toContain("Only chairs can file a report from a session’s question or notes.");
    expect(await reportsFrom(text)).toEqual([]);

    // The chair files it; sent again, the same post is refused with a link to the report.
    await chair.page.getByRole("button", { name: "File the report" }).click();
    await expect(chair.page).toHaveURL(/\/pain-points\/\d+\?reported=1$/);
    const id = Number(new URL(chair.page.url()).pathname.split("/").pop());
    await expect(chair.page.getByTestId("raised-in")).toHaveText(`Raised in ${session.title} · asked anonymously`);
    await expect(chair.page.locator("body")).not.toContainText(asker.person.name);
    const second = await chair.context.request.post(captured.url, { headers: { ...headers, cookie: await cookieHeader(chair.context) }, data: captured.body });
    expect(await second.text()).toContain(`This question became pain point #${id} already`);
    expect(await reportsFrom(text)).toEqual([{ id, reporterId: chair.person.id, raisedById: null, raisedInSessionId: session.id }]);

    // Opening the form for it again says so, with the link, and fills nothing.
    await chair.page.goto(formAddress);
    const notice = chair.page.getByRole("status").filter({ hasText: `This question became pain point #${id} already` });
    await expect(notice.getByRole("link", { name: `Open #pain-${id}` })).toHaveAttribute("href", `/pain-points/${id}`);
    await expect(chair.page.getByTestId("report-origin")).toHaveCount(0);

    // Everyone sees where the question went, the member and the asker included.
    for (const page of [member.page, asker.page]) {
      await openLivePage(page, session.path);
      await expect(questionCard(page, text).getByRole("link", { name: `Became #pain-${id}` })).toBeVisible();
    }
  });

  test("a hidden question cannot be made a pain point, and a forged question number is refused at the form", async ({ browser }) => {
    const session = await createSession({ notes: "" });
    const chair = await joined(browser, session.path, "chair");
    const text = unique("Which array API does CuPy follow on our GPUs?");
    await ask(chair.page, text);
    await chair.page.goto(`/pain-points/new?fromQuestion=${2_147_483_000}`);
    await expect(chair.page.getByRole("status").filter({ hasText: "That question does not exist (any more)." })).toBeVisible();
    await expect(chair.page.getByTestId("report-origin")).toHaveCount(0);
    await chair.page.goto(`/pain-points/new?fromQuestion=abc`);
    await expect(chair.page.getByText("Some of the address was not understood and was ignored")).toBeVisible();

    await openLivePage(chair.page, session.path);
    const card = questionCard(chair.page, text);
    const makeHref = await card.getByRole("link", { name: "Make a pain point" }).getAttribute("href");
    await card.getByRole("button", { name: "Hide" }).click();
    await card.getByRole("textbox", { name: /Why hide it\?/ }).fill("Asked twice already");
    await card.getByRole("button", { name: "Hide", exact: true }).click();
    await expect(chair.page.getByTestId("question").filter({ hasText: text })).toHaveAttribute("data-state", "HIDDEN");
    await expect(chair.page.getByTestId("question").filter({ hasText: text }).getByRole("link", { name: "Make a pain point" })).toHaveCount(0);
    await chair.page.goto(makeHref!);
    await expect(chair.page.getByRole("status").filter({ hasText: "A chair hid this question" })).toBeVisible();
    await expect(chair.page.getByTestId("report-origin")).toHaveCount(0);
  });
});

test.describe("a passage of the notes becomes a pain point", () => {
  const passage = "Conda environments on GPFS take three minutes to activate on login nodes.";

  test("a chair selects a passage and files it: the form quotes it with the session, and the report says where it was raised", async ({ browser }) => {
    test.setTimeout(120_000);
    const session = await createSession({ notes: `## Packaging\n\n${passage}\n\nNext: the JIT slide.` });
    const chair = await createPerson("chair");
    const { page } = await pageAs(browser, chair);
    await openLiveNotes(page, session.path);

    const action = page.getByTestId("notes-passage-action");
    await action.getByRole("button", { name: "Make a pain point from the selection" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Select a passage in the notes first." })).toBeVisible();

    await selectLine(page, passage);
    await expect(page.getByRole("alert").filter({ hasText: "Select a passage in the notes first." })).toHaveCount(0);
    await page.locator("section", { has: page.getByRole("heading", { name: "Shared notes" }) }).screenshot({ path: `${screenshots}/notes-passage-action.png` });
    await action.getByRole("button", { name: "Make a pain point from the selection" }).click();
    await expect(page).toHaveURL(/\/pain-points\/new\?fromDraft=[\w-]+$/);
    const origin = page.getByTestId("report-origin");
    await expect(origin).toContainText(`From the notes of ${session.title}`);
    await expect(origin.getByTestId("report-origin-quote")).toHaveText(passage);
    await expect(page.getByLabel("Title")).toHaveValue(passage);
    await expect(page.getByRole("textbox", { name: /^Description/ })).toHaveValue(`> ${passage}\n\nRaised in [${session.title}](/sessions/${session.slug})`);
    await page.screenshot({ path: `${screenshots}/notes-pain-point-form.png`, fullPage: true });

    await completeReport(page);
    await page.getByRole("button", { name: "File the report" }).click();
    await expect(page).toHaveURL(/\/pain-points\/\d+\?reported=1$/);
    await expect(page.getByTestId("raised-in")).toHaveText(`Raised in ${session.title}`);
    const { rows } = await database().query(`SELECT "raisedInSessionId", "sourceQuestionId", "raisedById", "reporterId" FROM "PainPoint" WHERE title = $1`, [passage]);
    expect(rows).toEqual([{ raisedInSessionId: session.id, sourceQuestionId: null, raisedById: null, reporterId: chair.id }]);
    // The draft went with the filing: going back to the form finds nothing to fill.
    await page.goBack();
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "no longer waiting to be filed" })).toBeVisible();
  });

  test("people who take notes but are not chairs see no such button, and posting a passage is refused", async ({ browser }) => {
    const session = await createSession({ notes: `${passage}\n`, notesEditors: "SIGNED_IN" });
    const chair = await createPerson("chair");
    const member = await createPerson("member");
    const chairPage = await pageAs(browser, chair);
    await openLiveNotes(chairPage.page, session.path);
    await selectLine(chairPage.page, passage);
    const captured = await captureAction(chairPage.page, `${session.path}**`, () => chairPage.page.getByRole("button", { name: "Make a pain point from the selection" }).click());

    const memberPage = await pageAs(browser, member);
    await openLiveNotes(memberPage.page, session.path);
    await expect(memberPage.page.getByTestId("notes-editor")).toHaveAttribute("data-writable", "true");
    await expect(memberPage.page.getByRole("button", { name: "Make a pain point from the selection" })).toHaveCount(0);
    const { cookie: _chairCookie, ...headers } = captured.headers;
    const replay = await memberPage.context.request.post(captured.url, { headers: { ...headers, cookie: await cookieHeader(memberPage.context) }, data: captured.body });
    expect(await replay.text()).toContain("You do not have permission to do that.");
    const { rows } = await database().query(`SELECT count(*)::int AS n FROM "PainPointDraft" WHERE "sessionId" = $1`, [session.id]);
    expect(rows[0].n).toBe(0);
  });
});

import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, createSession, database, pageAs, type TestRole } from "./support/database";
import { expectNoHorizontalOverflow } from "./support/layout";
import { openLivePage } from "./support/live";

/**
 * Live polls and action items on a session's page, with several browsers at
 * once: a chair, participants and a visitor. Each test plans a session of its
 * own and words its polls uniquely.
 */

/** A session under way, with an empty notes document. */
const planSession = ({ notesEditors }: { notesEditors?: "SIGNED_IN" | "MEMBERS" | "CHAIRS" } = {}) => createSession({ notesEditors, notes: "" });

type Tab = "Polls" | "Actions";

/** A browser signed in as a new person of this role (or a visitor), on the session's page with its live channel open and a tab chosen. */
async function joined(browser: Browser, path: string, tab: Tab, role?: TestRole, viewport?: { width: number; height: number }) {
  const person = role ? await createPerson(role) : undefined;
  const { context, page } = await pageAs(browser, person);
  if (viewport) await page.setViewportSize(viewport);
  await openLivePage(page, path);
  await page.getByRole("tab", { name: new RegExp(`^${tab}`) }).click();
  return { person, context, page };
}

const pollsPanel = (page: Page) => page.getByTestId("polls-panel");
const pollCard = (page: Page, question: string) => pollsPanel(page).getByTestId("poll").filter({ hasText: question });
const optionCount = (page: Page, question: string, label: string) => pollCard(page, question).locator(`li[data-option-label="${label}"]`).getByTestId("poll-option-count");
const unique = (text: string) => `${text} (${randomUUID().slice(0, 6)})`;

async function preparePoll(page: Page, { question, options, kind = "One answer", hideResults = false }: { question: string; options: string[]; kind?: "One answer" | "Several answers"; hideResults?: boolean }) {
  const panel = pollsPanel(page);
  await panel.getByRole("button", { name: "New poll" }).click();
  const form = panel.getByRole("form", { name: "New poll" });
  await form.getByRole("textbox", { name: "Question", exact: true }).fill(question);
  await form.getByText(kind, { exact: true }).click();
  for (const [index, label] of options.entries()) {
    if (index >= 2) await form.getByRole("button", { name: "Add option" }).click();
    await form.getByRole("textbox", { name: `Option ${index + 1}`, exact: true }).fill(label);
  }
  if (hideResults) await form.getByRole("checkbox", { name: "Hide results until the poll closes" }).check();
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(pollCard(page, question)).toHaveAttribute("data-state", "DRAFT");
}

async function openPoll(page: Page, question: string) {
  await pollCard(page, question).getByRole("button", { name: "Open poll" }).click();
  await expect(pollCard(page, question)).toHaveAttribute("data-state", "OPEN");
}

async function vote(page: Page, question: string, label: string, button: "Vote" | "Change vote" = "Vote") {
  const card = pollCard(page, question);
  await card.getByRole("radio", { name: label }).check();
  await card.getByRole("button", { name: button, exact: true }).click();
  await expect(card.getByText("Your vote is counted.")).toBeVisible();
}

test.describe("polls", () => {
  test("a chair prepares and opens a poll; participants see it without reloading, vote and change their vote; results update live everywhere", async ({ browser }) => {
    test.setTimeout(120_000);
    const session = await planSession();
    const chair = await joined(browser, session.path, "Polls", "chair");
    const ana = await joined(browser, session.path, "Polls", "user");
    const ben = await joined(browser, session.path, "Polls", "member");
    const visitor = await joined(browser, session.path, "Polls");
    const question = unique("Which array library do you use most?");

    await preparePoll(chair.page, { question, options: ["NumPy", "CuPy", "JAX"] });
    // A draft is the chairs' alone.
    await expect(pollsPanel(ana.page)).toContainText("No polls yet");
    await expect(pollCard(ana.page, question)).toHaveCount(0);

    await openPoll(chair.page, question);
    await expect(pollCard(ana.page, question)).toBeVisible();
    await expect(pollCard(ben.page, question)).toBeVisible();
    await expect(pollCard(visitor.page, question)).toBeVisible();

    // Participants manage nothing; the visitor is asked to sign in instead of voting.
    for (const { page } of [ana, ben]) {
      await expect(pollsPanel(page).getByRole("button", { name: "New poll" })).toHaveCount(0);
      await expect(pollCard(page, question).getByRole("button", { name: "Close poll" })).toHaveCount(0);
    }
    await expect(pollCard(visitor.page, question).getByRole("button", { name: "Vote", exact: true })).toHaveCount(0);
    await expect(pollCard(visitor.page, question).getByRole("link", { name: "Sign in to vote" })).toHaveAttribute("href", `/sign-in?callbackUrl=${encodeURIComponent(session.path)}`);

    await vote(ana.page, question, "NumPy");
    await expect(optionCount(chair.page, question, "NumPy")).toHaveText("1 vote · 100%");
    await expect(optionCount(ben.page, question, "NumPy")).toHaveText("1 vote · 100%");
    await expect(optionCount(visitor.page, question, "NumPy")).toHaveText("1 vote · 100%");

    await vote(ben.page, question, "CuPy");
    await expect(optionCount(ana.page, question, "CuPy")).toHaveText("1 vote · 50%");
    await expect(optionCount(chair.page, question, "NumPy")).toHaveText("1 vote · 50%");
    await expect(pollCard(chair.page, question).getByTestId("poll-voters")).toHaveText("2 people voted");

    // Ana changes her mind: counted once, on her new choice.
    await expect(pollCard(ana.page, question).getByRole("button", { name: "Change vote" })).toBeDisabled();
    await vote(ana.page, question, "CuPy", "Change vote");
    for (const { page } of [chair, ben, visitor]) {
      await expect(optionCount(page, question, "CuPy")).toHaveText("2 votes · 100%");
      await expect(optionCount(page, question, "NumPy")).toHaveText("0 votes · 0%");
      await expect(pollCard(page, question).getByTestId("poll-voters")).toHaveText("2 people voted");
    }
    const { rows } = await database().query<{ voterCount: number }>(`SELECT "voterCount" FROM "Poll" WHERE "sessionId" = $1`, [session.id]);
    expect(rows).toEqual([{ voterCount: 2 }]);

    // Closed: no more ballots, the final results stay.
    await pollCard(chair.page, question).getByRole("button", { name: "Close poll" }).click();
    for (const { page } of [ana, ben, visitor]) {
      await expect(pollCard(page, question)).toHaveAttribute("data-state", "CLOSED");
      await expect(pollCard(page, question).getByRole("radio")).toHaveCount(0);
      await expect(optionCount(page, question, "CuPy")).toHaveText("2 votes · 100%");
    }
    await expect(pollCard(ana.page, question)).toContainText("Your vote");
    for (const { context } of [chair, ana, ben, visitor]) await context.close();
  });

  test("with results hidden until the poll closes, participants see the counts only after the close; the chair sees them all along", async ({ browser }) => {
    test.setTimeout(90_000);
    const session = await planSession();
    const chair = await joined(browser, session.path, "Polls", "chair");
    const ana = await joined(browser, session.path, "Polls", "user");
    const ben = await joined(browser, session.path, "Polls", "user");
    const question = unique("Should the group write a statement on free-threading?");
    await preparePoll(chair.page, { question, options: ["Yes", "Not yet"], hideResults: true });
    await openPoll(chair.page, question);

    await vote(ana.page, question, "Yes");
    await expect(optionCount(chair.page, question, "Yes")).toHaveText("1 vote · 100%");
    await expect(pollCard(ben.page, question).getByTestId("poll-voters")).toHaveText("1 person voted");
    for (const { page } of [ana, ben]) {
      await expect(pollCard(page, question).getByTestId("results-hidden")).toHaveText("Results are hidden until the poll closes.");
      await expect(pollCard(page, question).getByTestId("poll-option-count")).toHaveCount(0);
    }

    await pollCard(chair.page, question).getByRole("button", { name: "Close poll" }).click();
    for (const { page } of [ana, ben]) {
      await expect(optionCount(page, question, "Yes")).toHaveText("1 vote · 100%");
      await expect(optionCount(page, question, "Not yet")).toHaveText("0 votes · 0%");
      await expect(pollCard(page, question).getByTestId("results-hidden")).toHaveCount(0);
    }
    for (const { context } of [chair, ana, ben]) await context.close();
  });

  test("a multiple-choice poll takes several answers; a chair edits and deletes drafts", async ({ browser }) => {
    const session = await planSession();
    const chair = await joined(browser, session.path, "Polls", "chair");
    const ana = await joined(browser, session.path, "Polls", "user");
    const question = unique("Which schedulers does your site run?");
    await preparePoll(chair.page, { question: `${question} draft`, options: ["Slurm", "PBS"] });

    // Edit the draft: a better question, a third option, several answers.
    const draft = pollCard(chair.page, `${question} draft`);
    await draft.getByRole("button", { name: "Edit" }).click();
    const form = pollsPanel(chair.page).getByRole("form", { name: "Edit poll" });
    await form.getByRole("textbox", { name: "Question", exact: true }).fill(question);
    await form.getByText("Several answers", { exact: true }).click();
    await form.getByRole("button", { name: "Add option" }).click();
    await form.getByRole("textbox", { name: "Option 3", exact: true }).fill("Flux");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(pollCard(chair.page, question)).toContainText("Choose any");
    await openPoll(chair.page, question);

    const card = pollCard(ana.page, question);
    await card.getByRole("checkbox", { name: "Slurm" }).check();
    await card.getByRole("checkbox", { name: "Flux" }).check();
    await card.getByRole("button", { name: "Vote", exact: true }).click();
    await expect(card.getByText("Your vote is counted.")).toBeVisible();
    await expect(optionCount(chair.page, question, "Slurm")).toHaveText("1 vote · 100%");
    await expect(optionCount(chair.page, question, "Flux")).toHaveText("1 vote · 100%");
    await expect(pollCard(chair.page, question).getByTestId("poll-voters")).toHaveText("1 person voted");

    // A second draft, deleted after a confirmation.
    const other = unique("Throwaway draft");
    await preparePoll(chair.page, { question: other, options: ["A", "B"] });
    await pollCard(chair.page, other).getByRole("button", { name: "Delete" }).click();
    await pollCard(chair.page, other).getByRole("button", { name: "Delete" }).click();
    await expect(pollCard(chair.page, other)).toHaveCount(0);
    const { rows } = await database().query(`SELECT question FROM "Poll" WHERE "sessionId" = $1`, [session.id]);
    expect(rows).toEqual([{ question }]);
    for (const { context } of [chair, ana]) await context.close();
  });

  test("bad input is refused with the reason at the field, and what was typed stays", async ({ browser }) => {
    const session = await planSession();
    const chair = await joined(browser, session.path, "Polls", "chair");
    const panel = pollsPanel(chair.page);
    await panel.getByRole("button", { name: "New poll" }).click();
    const form = panel.getByRole("form", { name: "New poll" });
    await form.getByRole("button", { name: "Save draft" }).click();
    await expect(form).toContainText("Write a question of at least 3 characters.");
    await expect(form).toContainText("Give at least 2 options.");

    await form.getByRole("textbox", { name: "Question", exact: true }).fill("Only one option?");
    await form.getByRole("textbox", { name: "Option 1", exact: true }).fill("Yes");
    await form.getByRole("button", { name: "Save draft" }).click();
    await expect(form).toContainText("Give at least 2 options.");
    await expect(form).not.toContainText("Write a question");
    await expect(form.getByRole("textbox", { name: "Question", exact: true })).toHaveValue("Only one option?");

    await form.getByRole("textbox", { name: "Option 2", exact: true }).fill("yes");
    await form.getByRole("button", { name: "Save draft" }).click();
    await expect(form).toContainText("“yes” is there twice; make each option different.");
    const { rows } = await database().query(`SELECT count(*)::int AS count FROM "Poll" WHERE "sessionId" = $1`, [session.id]);
    expect(rows).toEqual([{ count: 0 }]);
    await chair.context.close();
  });

  test("fits a phone: the ballot and its results", async ({ browser }) => {
    const session = await planSession();
    const chair = await joined(browser, session.path, "Polls", "chair");
    const question = unique("Which of these slows your jobs' start-up the most on a shared filesystem?");
    await preparePoll(chair.page, { question, options: ["Importing large packages from a parallel filesystem", "Loading environment modules", "Activating conda environments"] });
    await openPoll(chair.page, question);
    const phone = await joined(browser, session.path, "Polls", "user", { width: 375, height: 800 });
    await vote(phone.page, question, "Loading environment modules");
    await expect(optionCount(phone.page, question, "Loading environment modules")).toHaveText("1 vote · 100%");
    await expectNoHorizontalOverflow(phone.page);
    for (const { context } of [chair, phone]) await context.close();
  });
});

test.describe("action items", () => {
  const actionsPanel = (page: Page) => page.getByTestId("action-items-panel");
  const itemRow = (page: Page, text: string) => actionsPanel(page).getByTestId("action-item").filter({ hasText: text });

  test("a chair records action items and ticks one off; others see it live and read only", async ({ browser }) => {
    test.setTimeout(90_000);
    const session = await planSession({ notesEditors: "CHAIRS" });
    const chair = await joined(browser, session.path, "Actions", "chair");
    const participant = await joined(browser, session.path, "Actions", "user");
    const visitor = await joined(browser, session.path, "Actions");
    await expect(actionsPanel(participant.page)).toContainText("No action items yet");

    const form = actionsPanel(chair.page).getByRole("form", { name: "Add an action item" });
    const first = unique("Collect start-up timings from three sites");
    const second = unique("Ask packaging maintainers about wheel variants");
    const overdue = unique("Send the slides to everyone");
    await form.getByRole("textbox", { name: "New action item" }).fill(first);
    await form.getByRole("textbox", { name: /Owner/ }).fill("Mia Member");
    await form.getByLabel(/Due/).fill("2099-03-31");
    await form.getByRole("button", { name: "Add action item" }).click();
    await expect(form.getByRole("textbox", { name: "New action item" })).toHaveValue("");
    await form.getByRole("textbox", { name: "New action item" }).fill(second);
    await form.getByRole("button", { name: "Add action item" }).click();
    await expect(itemRow(chair.page, second)).toBeVisible();
    await form.getByRole("textbox", { name: "New action item" }).fill(overdue);
    await form.getByLabel(/Due/).fill("2020-01-15");
    await form.getByRole("button", { name: "Add action item" }).click();

    for (const { page } of [participant, visitor]) {
      await expect(itemRow(page, first)).toContainText("Mia Member");
      await expect(itemRow(page, first)).toContainText("Due 31 Mar 2099");
      await expect(itemRow(page, overdue).getByTestId("action-item-due")).toHaveText("Overdue since 15 Jan 2020");
      await expect(itemRow(page, second)).toBeVisible();
    }

    await itemRow(chair.page, first).getByRole("checkbox").check();
    for (const { page } of [participant, visitor]) {
      await expect(itemRow(page, first)).toHaveAttribute("data-done", "true");
      await expect(actionsPanel(page).getByTestId("action-items-progress")).toHaveText("1 of 3 done");
    }

    // Read only for those who may not edit the notes.
    for (const { page } of [participant, visitor]) {
      await expect(actionsPanel(page).getByRole("checkbox")).toHaveCount(0);
      await expect(actionsPanel(page).getByRole("form", { name: "Add an action item" })).toHaveCount(0);
      await expect(actionsPanel(page).getByRole("button", { name: /^(Edit|Delete)/ })).toHaveCount(0);
    }

    // Edited and deleted by the chair, live for the others.
    await itemRow(chair.page, second).getByRole("button", { name: /^Edit/ }).click();
    const editForm = actionsPanel(chair.page).getByRole("form", { name: "Edit action item" });
    await editForm.getByRole("textbox", { name: /Owner/ }).fill("Chandra Chair");
    await editForm.getByRole("button", { name: "Save" }).click();
    await expect(itemRow(participant.page, second)).toContainText("Chandra Chair");
    await itemRow(chair.page, overdue).getByRole("button", { name: /^Delete/ }).click();
    await itemRow(chair.page, overdue).getByRole("button", { name: "Delete", exact: true }).click();
    await expect(itemRow(participant.page, overdue)).toHaveCount(0);
    for (const { context } of [chair, participant, visitor]) await context.close();
  });

  test("whoever may edit the notes manages action items; empty text and bad dates are refused with messages", async ({ browser }) => {
    const session = await planSession({ notesEditors: "SIGNED_IN" });
    const editor = await joined(browser, session.path, "Actions", "user");
    const form = actionsPanel(editor.page).getByRole("form", { name: "Add an action item" });
    await form.getByRole("button", { name: "Add action item" }).click();
    await expect(form).toContainText("Write what is to be done in at least 3 characters.");
    await form.getByRole("textbox", { name: "New action item" }).fill("  ");
    await form.getByRole("textbox", { name: /Owner/ }).fill("Someone with a name far too long to be anyone's real name, really far too long indeed");
    await form.getByRole("button", { name: "Add action item" }).click();
    await expect(form).toContainText("Write what is to be done in at least 3 characters.");
    await expect(form).toContainText("Keep the owner's name under 80 characters.");

    const text = unique("Write up the notes");
    await form.getByRole("textbox", { name: "New action item" }).fill(text);
    await form.getByRole("textbox", { name: /Owner/ }).fill("");
    await form.getByRole("button", { name: "Add action item" }).click();
    await itemRow(editor.page, text).getByRole("checkbox").check();
    await expect(itemRow(editor.page, text)).toHaveAttribute("data-done", "true");
    // Ticked at once on the page; stored when the server answers.
    const stored = async () => (await database().query<{ done: boolean }>(`SELECT "doneAt" IS NOT NULL AS done FROM "ActionItem" WHERE "sessionId" = $1`, [session.id])).rows;
    await expect.poll(stored).toEqual([{ done: true }]);
    await editor.context.close();
  });
});

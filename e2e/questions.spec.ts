import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, createSession, database, pageAs, type TestRole } from "./support/database";
import { expectNoHorizontalOverflow } from "./support/layout";
import { openLivePage } from "./support/live";

/**
 * Audience Q&A on a session's page, with several browsers at once: askers,
 * other participants, chairs and visitors. Each test plans a session of its
 * own and words its questions uniquely.
 */

/** A session under way (or ended two hours ago), with an empty notes document. */
const planSession = ({ hasEnded = false }: { hasEnded?: boolean } = {}) => createSession({ minutesFromNow: hasEnded ? [-180, -120] : [-10, 60], notes: "" });

/** A browser signed in as a new person of this role (or a visitor), on the session's page with its live channel open. */
async function joined(browser: Browser, path: string, role?: TestRole, name?: string) {
  const person = role ? await createPerson(role, name) : undefined;
  const { context, page } = await pageAs(browser, person);
  await openLivePage(page, path);
  return { person, context, page };
}

const panel = (page: Page) => page.getByTestId("questions-panel");
const questionCard = (page: Page, text: string) => panel(page).getByTestId("question").filter({ hasText: text });
const listedBodies = (page: Page) => panel(page).getByTestId("questions-list").getByTestId("question-body");
const unique = (text: string) => `${text} ${randomUUID().slice(0, 6)}`;

async function ask(page: Page, text: string, { isAnonymous = false } = {}) {
  await panel(page).getByRole("textbox", { name: "Your question" }).fill(text);
  if (isAnonymous) await panel(page).getByRole("checkbox", { name: "Ask anonymously" }).check();
  await panel(page).getByRole("button", { name: "Ask", exact: true }).click();
  await expect(panel(page).getByRole("textbox", { name: "Your question" })).toHaveValue("");
}

test.describe("questions and votes", () => {
  test("a question asked in one browser appears in the others at once, and votes reorder the list live under Top", async ({ browser }) => {
    test.setTimeout(90_000);
    const session = await planSession();
    const asker = await joined(browser, session.path, "user");
    const other = await joined(browser, session.path, "user");
    const visitor = await joined(browser, session.path);
    const first = unique("Which MPI do the wheels link against?");
    const second = unique("Can sites test wheel variants before the PEP is settled?");

    await ask(asker.page, first);
    await expect(questionCard(asker.page, first)).toBeVisible();
    await expect(questionCard(other.page, first)).toContainText(asker.person!.name);
    await expect(questionCard(visitor.page, first)).toBeVisible();
    await ask(asker.page, second);
    await expect(listedBodies(visitor.page)).toHaveText([first, second]);

    // One vote for the later question puts it on top for everyone.
    const vote = questionCard(other.page, second).getByRole("button", { name: /^Upvote/ });
    await vote.click();
    await expect(vote).toHaveAttribute("aria-pressed", "true");
    await expect(vote).toHaveAccessibleName("Upvote, 1 vote");
    await expect(listedBodies(other.page)).toHaveText([second, first]);
    await expect(listedBodies(asker.page)).toHaveText([second, first]);
    await expect(listedBodies(visitor.page)).toHaveText([second, first]);
    await expect(questionCard(visitor.page, second).getByTestId("vote-count")).toHaveText("1");

    // Taken back: the order returns, and the database holds no vote.
    await vote.click();
    await expect(vote).toHaveAttribute("aria-pressed", "false");
    await expect(listedBodies(asker.page)).toHaveText([first, second]);
    await expect(questionCard(asker.page, second).getByTestId("vote-count")).toHaveText("0");
    const { rows } = await database().query(`SELECT count(*)::int AS count FROM "QuestionVote" v JOIN "Question" q ON q.id = v."questionId" WHERE q."sessionId" = $1`, [session.id]);
    expect(rows[0].count).toBe(0);

    // Newest puts the later question first.
    await panel(visitor.page).getByRole("button", { name: "Newest" }).click();
    await expect(panel(visitor.page).getByRole("button", { name: "Newest" })).toHaveAttribute("aria-pressed", "true");
    await expect(listedBodies(visitor.page)).toHaveText([second, first]);
    for (const { context } of [asker, other, visitor]) await context.close();
  });

  test("an anonymous question shows who asked to chairs only", async ({ browser }) => {
    const session = await planSession();
    const asker = await joined(browser, session.path, "user", `Quiet ${randomUUID().slice(0, 4)}`);
    const other = await joined(browser, session.path, "user");
    const chair = await joined(browser, session.path, "chair");
    const text = unique("Is anyone running free-threaded builds in production?");

    await ask(asker.page, text, { isAnonymous: true });
    await expect(questionCard(asker.page, text).getByTestId("asker")).toHaveText("Anonymous");
    await expect(questionCard(other.page, text).getByTestId("asker")).toHaveText("Anonymous");
    await expect(questionCard(other.page, text)).not.toContainText(asker.person!.name);
    await expect(questionCard(chair.page, text).getByTestId("asker")).toHaveText(asker.person!.name);
    await expect(questionCard(chair.page, text)).toContainText("Anonymous to others");
    for (const { context } of [asker, other, chair]) await context.close();
  });

  test("empty and oversize questions are refused with the reason, and the text is kept", async ({ browser }) => {
    const session = await planSession();
    const { page, context } = await joined(browser, session.path, "user");
    const textbox = panel(page).getByRole("textbox", { name: "Your question" });

    await panel(page).getByRole("button", { name: "Ask", exact: true }).click();
    await expect(panel(page).getByRole("alert")).toHaveText("Write your question.");
    await expect(textbox).toHaveAttribute("aria-invalid", "true");

    const long = "Why ".repeat(126).trim();
    await textbox.fill(long);
    await expect(panel(page).getByText("503 / 500")).toBeVisible();
    await panel(page).getByRole("button", { name: "Ask", exact: true }).click();
    await expect(panel(page).getByRole("alert")).toHaveText("Keep your question under 500 characters; you can ask a second one.");
    await expect(textbox).toHaveValue(long);
    await expect(panel(page).getByTestId("question")).toHaveCount(0);
    await context.close();
  });
});

test.describe("moderation", () => {
  test("a chair hides a question with a reason: it disappears everywhere, and its asker sees why", async ({ browser }) => {
    test.setTimeout(90_000);
    const session = await planSession();
    const asker = await joined(browser, session.path, "user");
    const other = await joined(browser, session.path, "user");
    const visitor = await joined(browser, session.path);
    const chair = await joined(browser, session.path, "chair");
    const text = unique("Buy cheap GPU hours at example.invalid");

    await ask(asker.page, text);
    await expect(questionCard(other.page, text)).toBeVisible();
    await expect(questionCard(visitor.page, text)).toBeVisible();

    const card = questionCard(chair.page, text);
    await card.getByRole("button", { name: "Hide" }).click();
    // A reason is required: the asker is told why.
    await card.getByRole("button", { name: "Hide", exact: true }).click();
    await expect(card.getByRole("alert")).toHaveText("Say why it is hidden, in a few words (the asker sees it).");
    await card.getByRole("textbox", { name: /Why hide it\?/ }).fill("Advertising");
    await card.getByRole("button", { name: "Hide", exact: true }).click();

    await expect(questionCard(other.page, text)).toHaveCount(0);
    await expect(questionCard(visitor.page, text)).toHaveCount(0);
    await expect(questionCard(asker.page, text).getByTestId("question-state-note")).toContainText("Hidden by a chair: Advertising");
    await chair.page.getByText("Hidden by chairs (1)").click();
    await expect(questionCard(chair.page, text)).toContainText("Hidden by a chair: Advertising");
    const { rows } = await database().query(`SELECT reason FROM "AuditLog" WHERE action = 'question.hide' AND "actorId" = $1`, [chair.person!.id]);
    expect(rows).toEqual([{ reason: "Advertising" }]);
    for (const { context } of [asker, other, visitor, chair]) await context.close();
  });

  test("with approval on, a question waits, seen by the chair and its asker only, until the chair approves it for everyone", async ({ browser }) => {
    test.setTimeout(90_000);
    const session = await planSession();
    const chair = await joined(browser, session.path, "chair");
    const asker = await joined(browser, session.path, "user");
    const other = await joined(browser, session.path, "user");
    const text = unique("Will the group publish a statement on lazy imports?");

    const approval = panel(chair.page).getByRole("switch", { name: "Approve questions before they are shown" });
    await approval.click();
    await expect(approval).toHaveAttribute("aria-checked", "true");
    // The setting reaches the others live.
    await expect(panel(asker.page).getByText("A chair approves questions before everyone sees them.")).toBeVisible();

    await ask(asker.page, text);
    await expect(panel(asker.page).getByText("Sent. It appears for everyone once a chair approves it.")).toBeVisible();
    await expect(questionCard(asker.page, text).getByTestId("question-state-note")).toContainText("Waiting for approval");
    const queue = panel(chair.page).getByRole("region", { name: /Waiting for approval/ });
    await expect(queue.getByTestId("question").filter({ hasText: text })).toBeVisible();
    await expect(panel(other.page).getByText(text)).toHaveCount(0);

    await queue.getByTestId("question").filter({ hasText: text }).getByRole("button", { name: "Approve" }).click();
    await expect(questionCard(other.page, text)).toBeVisible();
    await expect(questionCard(asker.page, text).getByTestId("question-state-note")).toHaveCount(0);
    await expect(queue).toHaveCount(0);
    for (const { context } of [chair, asker, other]) await context.close();
  });

  test("visitors are asked to sign in and cannot vote; participants have no moderation", async ({ browser }) => {
    const session = await planSession();
    const asker = await joined(browser, session.path, "user");
    const text = unique("Does the array API cover random numbers yet?");
    await ask(asker.page, text);
    // The asker is a participant: no moderation anywhere.
    await expect(panel(asker.page).getByRole("switch")).toHaveCount(0);
    await expect(questionCard(asker.page, text).getByRole("group", { name: "Moderate this question" })).toHaveCount(0);
    await expect(panel(asker.page).getByRole("button", { name: /^(Pin|Hide|Approve|Mark answered)$/ })).toHaveCount(0);

    const visitor = await joined(browser, session.path);
    await expect(panel(visitor.page).getByRole("link", { name: "Sign in to ask and vote" })).toHaveAttribute("href", `/sign-in?callbackUrl=${encodeURIComponent(session.path)}`);
    await expect(panel(visitor.page).getByRole("textbox")).toHaveCount(0);
    await expect(questionCard(visitor.page, text)).toBeVisible();
    await expect(questionCard(visitor.page, text).getByRole("button")).toHaveCount(0);
    await expectNoHorizontalOverflow(visitor.page);
    for (const { context } of [asker, visitor]) await context.close();
  });

  test("after the session the questions are its record: votes and answers, no form", async ({ browser }) => {
    const session = await planSession({ hasEnded: true });
    const author = await createPerson("user");
    const answered = unique("Answered question");
    const open = unique("Open question");
    await database().query(
      `INSERT INTO "Question" ("sessionId", "authorId", body, "voteCount", "answeredAt", "createdAt") VALUES ($1, $2, $3, 1, now() - interval '150 minutes', now() - interval '160 minutes'), ($1, $2, $4, 3, NULL, now() - interval '155 minutes')`,
      [session.id, author.id, answered, open],
    );
    const { page, context } = await pageAs(browser);
    await page.goto(session.path);
    await expect(panel(page).getByText("The session has ended: these are its questions, with their votes and answers.")).toBeVisible();
    await expect(listedBodies(page)).toHaveText([open, answered]);
    await expect(questionCard(page, answered).getByTestId("answered-badge")).toBeVisible();
    await expect(questionCard(page, open).getByTestId("vote-count")).toHaveText("3");
    await expect(panel(page).getByRole("textbox")).toHaveCount(0);
    await expect(panel(page).getByRole("link", { name: "Sign in to ask and vote" })).toHaveCount(0);
    await context.close();
  });
});

test.describe("speaker view", () => {
  test("shows the pinned question large and the top questions, and follows the chair's pin live", async ({ browser }) => {
    test.setTimeout(90_000);
    const session = await planSession();
    const asker = await joined(browser, session.path, "user");
    const chair = await joined(browser, session.path, "chair");
    const first = unique("What should the group push for first?");
    const second = unique("Who maintains the wheel-variant prototype?");
    await ask(asker.page, first);
    await ask(asker.page, second);
    await questionCard(chair.page, first).getByRole("button", { name: "Pin" }).click();
    await expect(questionCard(chair.page, first)).toContainText("Pinned");

    const room = await pageAs(browser);
    await openLivePage(room.page, `${session.path}/speaker`);
    await expect(room.page.getByTestId("speaker-pinned")).toContainText(first);
    await expect(room.page.getByTestId("speaker-top")).toContainText(second);
    // Projector-sized type.
    const size = await room.page.getByTestId("speaker-top").locator("li p").first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(30);

    await questionCard(chair.page, second).getByRole("button", { name: "Pin" }).click();
    await expect(room.page.getByTestId("speaker-pinned")).toContainText(second);
    await expect(room.page.getByTestId("speaker-top")).toContainText(first);
    for (const { context } of [asker, chair, room]) await context.close();
  });
});

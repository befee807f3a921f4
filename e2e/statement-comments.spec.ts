import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import { createPerson, database, pageAs } from "./support/database";
import { captureAction, cookieHeader } from "./support/forms";
import { startStatement } from "./support/statements";

/**
 * Anchored comments on a statement's text, as members use them: select a
 * passage and comment on it, see it marked in the text, watch the mark and
 * the thread follow the passage while someone else edits around it, reply,
 * resolve and reopen. An empty comment is refused at its field; people who
 * are not members see no comments and cannot post one by replaying a
 * member's request; a withdrawn statement's comments are a closed record.
 */

const PASSAGE = "Our users run on 128-core nodes; see PEP 779.";

const editorOf = (page: Page) => page.getByRole("textbox", { name: "Statement text (Markdown)" });
const commentsOf = (page: Page) => page.getByRole("region", { name: /^Comments/ });
const commentCount = async (slug: string) => Number((await database().query<{ count: string }>(`SELECT count(*) FROM "StatementComment" c JOIN "Statement" s ON s.id = c."statementId" WHERE s.slug = $1`, [slug])).rows[0]!.count);

/** Selects the text's last line in the editor with the keyboard, as a member would (Home stops at each wrap of a long line on the way). */
async function selectLastLine(page: Page, line: string) {
  await editorOf(page).getByText(line).click();
  for (let wrap = 0; wrap < 3; wrap++) await page.keyboard.press("Home");
  await page.keyboard.press("Shift+Control+End");
}

test.describe("comments on a statement's passages", () => {
  test("a member comments on a selected passage; the mark follows another member's edits; replies, resolving and reopening; an empty comment is refused at its field", async ({ browser }) => {
    const suffix = randomUUID().slice(0, 6);
    const [author, colleague] = await Promise.all([createPerson("member", `Author ${suffix}`), createPerson("member", `Colleague ${suffix}`)]);
    const one = await pageAs(browser, author);
    const slug = await startStatement(one.page, `Commented statement ${suffix}`);
    await expect(editorOf(one.page)).toBeEditable();
    // The form's redirect was a client-side navigation: the editor's styles still pass the document's CSP (its nonce, not the later request's).
    await expect(one.page.locator(".cm-gutters")).toHaveCSS("display", "flex");
    await expect(commentsOf(one.page).getByText("No comments yet.")).toBeVisible();

    // Nothing selected: the member is told to select first.
    await editorOf(one.page).click();
    await commentsOf(one.page).getByRole("button", { name: "Comment on the selected passage" }).click();
    await expect(commentsOf(one.page).getByRole("alert")).toHaveText("Select the words in the text you want to comment on first.");

    await selectLastLine(one.page, PASSAGE);
    await commentsOf(one.page).getByRole("button", { name: "Comment on the selected passage" }).click();
    const form = commentsOf(one.page).getByRole("form", { name: "New comment" });
    await expect(form.getByRole("blockquote")).toHaveText(PASSAGE);
    await form.getByRole("button", { name: "Add comment" }).click();
    await expect(form.getByText("Write a comment.")).toBeVisible();
    expect(await commentCount(slug)).toBe(0);
    await form.getByLabel("Your comment").fill("Which centres? Name two.");
    await form.getByRole("button", { name: "Add comment" }).click();

    const thread = commentsOf(one.page).getByTestId("comment-thread");
    await expect(thread).toHaveCount(1);
    await expect(thread.getByRole("blockquote")).toHaveText(PASSAGE);
    await expect(thread.getByText("Which centres? Name two.")).toBeVisible();
    await expect(commentsOf(one.page).getByRole("heading", { name: /Comments/ })).toContainText("1 open");
    await expect(editorOf(one.page).locator(".cm-comment-passage")).toHaveText(PASSAGE);

    // The colleague writes a new opening and changes a word inside the passage: the mark moves and grows with it, in both browsers.
    const two = await pageAs(browser, colleague);
    await two.page.goto(`/statements/${slug}`);
    await expect(editorOf(two.page).locator(".cm-comment-passage")).toHaveText(PASSAGE);
    await editorOf(two.page).click();
    await two.page.keyboard.press("Control+Home");
    await two.page.keyboard.type("An opening line.\n\n");
    // The passage is the text's last line (wrapped in the split view, so End would stop at the wrap).
    await two.page.keyboard.press("Control+End");
    await two.page.keyboard.press("ArrowLeft");
    await two.page.keyboard.type(" and later");
    // Their cursor, with its name, leaves the passage, so the mark's text is the passage's alone.
    await two.page.keyboard.press("Control+Home");
    const grown = "Our users run on 128-core nodes; see PEP 779 and later.";
    await expect(editorOf(one.page)).toContainText("An opening line.");
    await expect(editorOf(one.page).locator(".cm-comment-passage")).toHaveText(grown);
    await expect(editorOf(two.page).locator(".cm-comment-passage")).toHaveText(grown);

    // "Show in text" selects the passage where it is now.
    await thread.getByRole("button", { name: "Show in text" }).click();
    await expect(thread).not.toContainText("no longer in the text");

    // The colleague replies (an empty reply is refused at its field); the author sees it after a reload.
    const theirThread = commentsOf(two.page).getByTestId("comment-thread");
    await theirThread.getByRole("button", { name: "Reply" }).click();
    await theirThread.getByRole("button", { name: "Reply", exact: true }).click();
    await expect(theirThread.getByText("Write a comment.")).toBeVisible();
    await theirThread.getByLabel("Your reply").fill("Jülich and CSCS.");
    await theirThread.getByRole("button", { name: "Reply", exact: true }).click();
    await expect(theirThread.getByRole("list", { name: "Replies" })).toContainText("Jülich and CSCS.");
    await one.page.reload();
    await expect(thread.getByRole("list", { name: "Replies" })).toContainText("Jülich and CSCS.");
    expect((await database().query(`SELECT 1 FROM "Notification" WHERE "userId" = $1 AND title LIKE 'New reply on%'`, [author.id])).rowCount).toBe(1);

    // Resolved: the thread folds away with who resolved it, and the mark leaves the text; reopened, both come back.
    await thread.getByRole("button", { name: "Resolve" }).click();
    await expect(commentsOf(one.page).getByText("Every thread is resolved.")).toBeVisible();
    await expect(editorOf(one.page).locator(".cm-comment-passage")).toHaveCount(0);
    await commentsOf(one.page).getByText("Resolved threads (1)").click();
    const resolved = commentsOf(one.page).getByRole("list", { name: "Resolved threads" }).getByTestId("comment-thread");
    await expect(resolved).toContainText(`Resolved by Author ${suffix}`);
    await resolved.getByRole("button", { name: "Reopen" }).click();
    await expect(commentsOf(one.page).getByRole("list", { name: "Open threads" }).getByTestId("comment-thread")).toHaveCount(1);
    await expect(editorOf(one.page).locator(".cm-comment-passage")).toHaveText(grown);

    // A comment on the whole statement has no passage.
    await commentsOf(one.page).getByRole("button", { name: "Comment on the whole statement" }).click();
    await commentsOf(one.page).getByRole("form", { name: "New comment" }).getByLabel("Your comment").fill("Ready for review, I think.");
    await commentsOf(one.page).getByRole("form", { name: "New comment" }).getByRole("button", { name: "Add comment" }).click();
    await expect(commentsOf(one.page).getByTestId("comment-thread").filter({ hasText: "Ready for review, I think." })).toContainText("On the whole statement");
    expect(await commentCount(slug)).toBe(3);
  });

  test("people who are not members see no comments and cannot post one by replay; a withdrawn statement takes none", async ({ browser }) => {
    const [member, outsider] = await Promise.all([createPerson("member"), createPerson("user")]);
    const asMember = await pageAs(browser, member);
    const slug = await startStatement(asMember.page, `Members-only comments ${randomUUID().slice(0, 6)}`);
    const captured = await captureAction(asMember.page, `/statements/${slug}`, async () => {
      await commentsOf(asMember.page).getByRole("button", { name: "Comment on the whole statement" }).click();
      await commentsOf(asMember.page).getByLabel("Your comment").fill("Posted by someone else.");
      await commentsOf(asMember.page).getByRole("button", { name: "Add comment" }).click();
    });

    const asOutsider = await pageAs(browser, outsider);
    const page = await asOutsider.page.goto(`/statements/${slug}`);
    expect(page?.status()).toBe(404);
    await expect(asOutsider.page.getByRole("region", { name: /^Comments/ })).toHaveCount(0);
    const replayed = await asOutsider.context.request.post(captured.url, { headers: { ...captured.headers, cookie: await cookieHeader(asOutsider.context) }, data: captured.body });
    expect(await replayed.text()).toContain("You do not have permission to do that.");
    const visitor = await pageAs(browser);
    const asVisitor = await visitor.context.request.post(captured.url, { headers: { ...captured.headers, cookie: "" }, data: captured.body });
    expect(await asVisitor.text()).toContain("Please sign in to do that.");
    expect(await commentCount(slug)).toBe(0);

    // The member's own request goes through; once the statement is withdrawn it is refused with the reason, and the page says so.
    await asMember.page.reload();
    await commentsOf(asMember.page).getByRole("button", { name: "Comment on the whole statement" }).click();
    await commentsOf(asMember.page).getByLabel("Your comment").fill("Before the withdrawal.");
    await commentsOf(asMember.page).getByRole("button", { name: "Add comment" }).click();
    await expect(commentsOf(asMember.page).getByTestId("comment-thread")).toHaveCount(1);
    await database().query(`UPDATE "Statement" SET stage = 'WITHDRAWN' WHERE slug = $1`, [slug]);
    const refused = await asMember.context.request.post(captured.url, { headers: { ...captured.headers, cookie: await cookieHeader(asMember.context) }, data: captured.body });
    expect(await refused.text()).toContain("takes no new comments");
    await asMember.page.reload();
    await expect(commentsOf(asMember.page).getByText("its record no longer changes, so it takes no new comments")).toBeVisible();
    await expect(commentsOf(asMember.page).getByRole("button", { name: /Comment on/ })).toHaveCount(0);
    await expect(commentsOf(asMember.page).getByRole("button", { name: "Resolve" })).toHaveCount(0);
    expect(await commentCount(slug)).toBe(1);
  });
});

import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import { createPerson, database, pageAs } from "./support/database";
import { captureAction, cookieHeader } from "./support/forms";
import { inHours, stageOf, startStatement, toReviewLongAgo } from "./support/statements";

/**
 * Position statements through their whole story: members start one (bad
 * input kept at its fields), a chair takes it to review and opens the vote,
 * members vote (a reason required to disagree or block), a block is
 * answered, the chair closes and publishes, an outsider endorses, and a
 * visitor reads it and downloads its forum Markdown. A member is refused
 * at every chair step, also by a replayed Server Action.
 */

test.describe("position statements", () => {
  test("a member starts one (bad input refused at its fields and kept); a chair reviews, opens the vote, closes it and publishes; members vote and a block is answered", async ({ browser }) => {
    // The whole story with four people's browsers: on a loaded two-core machine it can pass the default minute.
    test.slow();
    const suffix = randomUUID().slice(0, 6);
    const [author, chair, blocker] = await Promise.all([createPerson("member", `Author ${suffix}`), createPerson("chair", `Chair ${suffix}`), createPerson("member", `Blocker ${suffix}`)]);
    const asAuthor = await pageAs(browser, author);

    await asAuthor.page.goto("/statements/new");
    await asAuthor.page.getByLabel("Title").fill("Free-threaded wheels first " + suffix);
    await asAuthor.page.getByLabel("Speaks to").selectOption("PEP");
    await asAuthor.page.getByLabel("Summary").fill("Too short");
    await asAuthor.page.getByRole("button", { name: "Start the draft" }).click();
    await expect(asAuthor.page.getByText("Give the number of the PEP the statement is about")).toBeVisible();
    await expect(asAuthor.page.getByText("Choose at least one area the statement is about.")).toBeVisible();
    await expect(asAuthor.page.getByLabel("Title")).toHaveValue("Free-threaded wheels first " + suffix);
    await asAuthor.page.getByLabel("PEP number").fill("99999");
    await asAuthor.page.getByRole("checkbox", { name: /Concurrency/ }).check();
    await asAuthor.page.getByLabel("Summary").fill("Centres need free-threaded wheels of the scientific stack before the default build changes.");
    await asAuthor.page.getByRole("button", { name: "Start the draft" }).click();
    await expect(asAuthor.page.getByText(/no PEP 99999|PEP 99999/)).toBeVisible();
    expect((await database().query(`SELECT 1 FROM "Statement" WHERE title = $1`, ["Free-threaded wheels first " + suffix])).rowCount).toBe(0);

    const slug = await startStatement(asAuthor.page, `Free-threaded wheels before the default ${suffix}`);
    await expect(asAuthor.page.getByTestId("statement-stage")).toHaveText("Draft");
    await expect(asAuthor.page.getByTestId("chair-steps")).toHaveCount(0);

    const asChair = await pageAs(browser, chair);
    await asChair.page.goto(`/statements/${slug}`);
    const steps = asChair.page.getByTestId("chair-steps");
    await steps.getByRole("button", { name: "Start the review" }).click();
    await expect(steps.getByText("Say why you take this step")).toBeVisible();
    expect(await stageOf(slug)).toBe("DRAFT");
    await toReviewLongAgo(asChair.page, slug);

    await asChair.page.reload();
    await steps.getByLabel("Open the vote, with a reason").fill("Comments are in; to the vote.");
    await steps.getByLabel("Closes at (UTC)").fill(inHours(-2));
    await steps.getByRole("button", { name: "Open the vote" }).click();
    await expect(steps.getByText("Choose a closing time in the future.")).toBeVisible();
    await steps.getByLabel("Closes at (UTC)").fill(inHours(48));
    await steps.getByRole("button", { name: "Open the vote" }).click();
    await expect(asChair.page.getByTestId("flash")).toContainText("The vote is open");
    await expect(asChair.page.getByTestId("statement-stage")).toHaveText("Vote open");
    // The chairs see when members who have not voted will be reminded; members do not.
    await expect(asChair.page.getByTestId("vote-reminders")).toContainText("First reminder");

    // The author disagrees without a reason (refused at the field), then agrees.
    await asAuthor.page.reload();
    const vote = asAuthor.page.getByTestId("vote-form");
    await expect(vote).toBeVisible();
    await expect(asAuthor.page.getByTestId("vote-reminders")).toHaveCount(0);
    await vote.getByRole("radio", { name: /Disagree/ }).check();
    await vote.getByRole("button", { name: "Cast my vote" }).click();
    await expect(vote.getByText("Say why you disagree")).toBeVisible();
    await vote.getByRole("radio", { name: /Agree/ }).first().check();
    await vote.getByRole("button", { name: "Cast my vote" }).click();
    await expect(vote.getByRole("status")).toContainText("Your vote is recorded");

    const asBlocker = await pageAs(browser, blocker);
    await asBlocker.page.goto(`/statements/${slug}`);
    await asBlocker.page.getByTestId("vote-form").getByRole("radio", { name: /Block/ }).check();
    await asBlocker.page.getByTestId("vote-form").getByLabel("Reason").fill("Point 2 overstates what PEP 779 promises.");
    await asBlocker.page.getByTestId("vote-form").getByRole("button", { name: "Cast my vote" }).click();
    await expect(asBlocker.page.getByText("Point 2 overstates what PEP 779 promises.").first()).toBeVisible();

    // The chair votes too, and answers the block; the vote's deadline is then moved into the past so it can close.
    await asChair.page.reload();
    await asChair.page.getByTestId("vote-form").getByRole("radio", { name: /Agree/ }).first().check();
    await asChair.page.getByTestId("vote-form").getByRole("button", { name: "Cast my vote" }).click();
    await expect(asChair.page.getByTestId("vote-form").getByRole("status")).toContainText("Your vote is recorded");
    const objection = asChair.page.locator('[data-testid^="objection-"]').first();
    await objection.getByLabel("Answer in writing").fill("Point 2 now quotes PEP 779's criteria instead of paraphrasing them.");
    await objection.getByRole("button", { name: "Answer and mark addressed" }).click();
    await expect(asChair.page.getByText("Addressed by a chair")).toBeVisible();
    await database().query(`UPDATE "StatementVoteRound" SET "closesAt" = now() - interval '1 minute' WHERE "statementId" = (SELECT id FROM "Statement" WHERE slug = $1)`, [slug]);
    // Other tests' members count as eligible in this shared database: the round is made one of these three.
    await database().query(`UPDATE "StatementVoteRound" SET "eligibleCount" = 3 WHERE "statementId" = (SELECT id FROM "Statement" WHERE slug = $1)`, [slug]);
    await asChair.page.reload();
    // The minute's scheduler may close a vote past its deadline before the chair does; either way the result is recorded.
    const close = steps.getByRole("button", { name: "Close the vote and record the result" });
    if (await close.isVisible()) await close.click();
    await expect.poll(async () => (await database().query(`SELECT outcome FROM "StatementVoteRound" WHERE "statementId" = (SELECT id FROM "Statement" WHERE slug = $1)`, [slug])).rows[0]?.outcome).toBe("PASSED");
    await asChair.page.reload();
    await expect(asChair.page.getByTestId("vote-standing")).toContainText("It passed.");
    await steps.getByLabel("Publish, with a note for the record").fill("Passed; sent to the PEP 703 thread.");
    await steps.getByRole("button", { name: "Publish" }).click();
    await expect.poll(() => stageOf(slug)).toBe("PUBLISHED");
    await expect(asChair.page.getByTestId("statement-stage")).toHaveText("Published");

    // The author's page in the directory lists what they drafted.
    await asChair.page.goto(`/members/${author.id}`);
    await expect(asChair.page.getByTestId("member-statements")).toContainText(`Free-threaded wheels before the default ${suffix}`);
  });

  test("a visitor reads a published statement without its drafts, and downloads its Markdown; an outsider endorses once", async ({ browser }) => {
    const suffix = randomUUID().slice(0, 6);
    const [author, outsider] = await Promise.all([createPerson("member"), createPerson("user", `Outsider ${suffix}`)]);
    const asAuthor = await pageAs(browser, author);
    const draftSlug = await startStatement(asAuthor.page, `A draft nobody outside sees ${suffix}`);
    const slug = await startStatement(asAuthor.page, `Published for everyone ${suffix}`);
    await database().query(
      `WITH s AS (SELECT id FROM "Statement" WHERE slug = $1)
       UPDATE "Statement" SET stage = 'PUBLISHED', "publishedAt" = now(), "publishedVersionId" = (SELECT v.id FROM "StatementTextVersion" v, s WHERE v."statementId" = s.id ORDER BY number DESC LIMIT 1) WHERE id = (SELECT id FROM s)`,
      [slug],
    );

    const visitor = await pageAs(browser);
    await visitor.page.goto("/statements");
    await expect(visitor.page.getByTestId(`statement-${slug}`)).toBeVisible();
    await expect(visitor.page.getByTestId(`statement-${draftSlug}`)).toHaveCount(0);
    const draft = await visitor.page.goto(`/statements/${draftSlug}`);
    expect(draft?.status()).toBe(404);
    await visitor.page.goto(`/statements/${slug}`);
    await expect(visitor.page.getByRole("heading", { level: 1 })).toHaveText(`Published for everyone ${suffix}`);
    const download = await visitor.context.request.get(`/statements/${slug}/export.md`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toMatch(new RegExp(`^# Published for everyone ${suffix}`));

    const asOutsider = await pageAs(browser, outsider);
    await asOutsider.page.goto(`/statements/${slug}`);
    await asOutsider.page.getByLabel(/Affiliation/).first().fill("Example University");
    await asOutsider.page.getByLabel(/Kind of affiliation/).selectOption("university");
    await asOutsider.page.getByRole("button", { name: /Endorse/ }).click();
    const endorsements = async () => (await database().query(`SELECT "wasMember" FROM "StatementEndorsement" e JOIN "Statement" s ON s.id = e."statementId" WHERE s.slug = $1`, [slug])).rows;
    await expect.poll(endorsements).toEqual([{ wasMember: false }]);
    // Listed among the others (not members), and offered to withdraw rather than to endorse again.
    await asOutsider.page.reload();
    await expect(asOutsider.page.getByRole("button", { name: /Endorse/ })).toHaveCount(0);
    await expect(asOutsider.page.getByText("Example University").first()).toBeVisible();
  });

  test("a member sees no chair steps, and their replay of a chair's step is refused with nothing changed", async ({ browser }) => {
    const [author, chair, member] = await Promise.all([createPerson("member"), createPerson("chair"), createPerson("member")]);
    const asAuthor = await pageAs(browser, author);
    const slug = await startStatement(asAuthor.page, `Replayed steps ${randomUUID().slice(0, 6)}`);
    const asMember = await pageAs(browser, member);
    await asMember.page.goto(`/statements/${slug}`);
    await expect(asMember.page.getByTestId("chair-steps")).toHaveCount(0);

    const asChair = await pageAs(browser, chair);
    await asChair.page.goto(`/statements/${slug}`);
    const steps = asChair.page.getByTestId("chair-steps");
    for (const [label, button] of [
      ["Put it up for review, with a reason", "Start the review"],
      ["Withdraw, with a reason", "Withdraw"],
    ] as const) {
      const captured = await captureAction(asChair.page, `/statements/${slug}`, async () => {
        await steps.getByLabel(label).fill("Forged by a member");
        await steps.getByRole("button", { name: button }).click();
      });
      const response = await asMember.context.request.post(captured.url, { headers: { ...captured.headers, cookie: await cookieHeader(asMember.context) }, data: captured.body });
      expect(await response.text(), button).toContain("You do not have permission to do that.");
    }
    expect(await stageOf(slug)).toBe("DRAFT");
    expect((await database().query(`SELECT 1 FROM "StatementStageChange" c JOIN "Statement" s ON s.id = c."statementId" WHERE s.slug = $1`, [slug])).rowCount).toBe(0);
  });

  test("two members draft the text at once in two browsers; during the vote the editor is read-only", async ({ browser }) => {
    const [first, second, chair] = await Promise.all([createPerson("member"), createPerson("member"), createPerson("chair")]);
    const one = await pageAs(browser, first);
    const slug = await startStatement(one.page, `Drafted together ${randomUUID().slice(0, 6)}`);
    const two = await pageAs(browser, second);
    await two.page.goto(`/statements/${slug}`);
    const editorOf = (person: { page: Page }) => person.page.getByRole("textbox", { name: /text/i }).first();
    await expect(editorOf(one)).toBeEditable();
    await expect(editorOf(two)).toBeEditable();
    await editorOf(one).click();
    await one.page.keyboard.press("Control+End");
    await one.page.keyboard.type("\n\nFrom the first member.");
    await editorOf(two).click();
    await two.page.keyboard.press("Control+End");
    await two.page.keyboard.type("\n\nFrom the second member.");
    await expect(editorOf(one)).toContainText("From the second member.");
    await expect(editorOf(two)).toContainText("From the first member.");
    await expect.poll(async () => (await database().query<{ markdown: string }>(`SELECT markdown FROM "Statement" WHERE slug = $1`, [slug])).rows[0]!.markdown, { timeout: 20_000 }).toContain("From the second member.");

    const asChair = await pageAs(browser, chair);
    await toReviewLongAgo(asChair.page, slug);
    await asChair.page.reload();
    const steps = asChair.page.getByTestId("chair-steps");
    await steps.getByLabel("Open the vote, with a reason").fill("To the vote.");
    await steps.getByLabel("Closes at (UTC)").fill(inHours(48));
    await steps.getByRole("button", { name: "Open the vote" }).click();
    await expect.poll(() => stageOf(slug)).toBe("VOTE");
    await two.page.reload();
    await expect(two.page.getByText("The text is frozen while the group votes")).toBeVisible();
    await expect(two.page.getByText("From the first member.")).toBeVisible();
  });
});

import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, database, pageAs } from "./support/database";
import { captureAction, cookieHeader } from "./support/forms";
import { e2e } from "./support/settings";

/** The glossary as visitors read it, people propose to it and chairs curate it. */

const sense = (page: Page, index: number) => page.getByTestId(`sense-fields-${index}`);

async function fillSense(page: Page, index: number, { community, note, definition, example }: { community?: "HPC" | "Python" | "Both communities"; note: string; definition: string; example: string }) {
  const fields = sense(page, index);
  if (community) await fields.getByRole("radio", { name: community, exact: true }).check();
  await fields.getByLabel("One-line note").fill(note);
  await fields.getByRole("textbox", { name: /^Definition/ }).fill(definition);
  await fields.getByLabel("Example sentence").fill(example);
}

test.describe("the glossary", () => {
  test("a visitor reads the A–Z list, searches and filters, reads a term's two senses side by side, and may not propose", async ({ browser }) => {
    const { context, page } = await pageAs(browser);
    await page.goto("/glossary");
    await expect(page.getByRole("heading", { name: "HPC ↔ Python glossary", level: 1 })).toBeVisible();
    await expect(page.getByTestId("glossary-letters").getByRole("link", { name: "M", exact: true })).toHaveAttribute("href", "#letter-M");
    await expect(page.getByTestId("glossary-entry-module")).toContainText("HPC");
    await expect(page.getByTestId("glossary-entry-module")).toContainText("Python");

    await page.getByRole("search", { name: "Search the glossary" }).getByLabel("Search").fill("manylinux");
    await page.getByRole("button", { name: "Show terms" }).click();
    await expect(page).toHaveURL(/q=manylinux/);
    await expect(page.getByTestId("glossary-entry-manylinux")).toBeVisible();
    await expect(page.getByTestId("glossary-entry-module")).toHaveCount(0);

    await page.goto("/glossary?q=zzzz-no-such-word");
    await expect(page.getByRole("heading", { name: "No term matches" })).toBeVisible();

    await page.goto("/glossary/module");
    await expect(page.getByRole("heading", { name: "module", level: 1 })).toBeVisible();
    const senses = page.getByTestId("term-senses");
    await expect(senses.locator("section")).toHaveCount(await senses.locator("section").count());
    expect(await senses.locator("section").count()).toBeGreaterThanOrEqual(2);
    // Side by side at desktop width: the first two senses share a row.
    const [first, second] = [await senses.locator("section").nth(0).boundingBox(), await senses.locator("section").nth(1).boundingBox()];
    expect(Math.abs(first!.y - second!.y)).toBeLessThan(2);
    await expect(page.getByRole("link", { name: /the Python reading/ }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in to suggest an edit" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Suggest an edit", exact: true })).toHaveCount(0);
    await page.screenshot({ path: "test-results/glossary-term-module.png", fullPage: true });

    await page.goto("/glossary/propose");
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await page.request.get("/glossary/no-such-term")).status()).toBe(404);
    await context.close();
  });

  test("the glossary is served as JSON, and exported for Sphinx and for MkDocs", async ({ request }) => {
    const list = await (await request.get("/api/v1/glossary")).json();
    expect(list.total).toBeGreaterThanOrEqual(40);
    const moduleTerm = list.items.find((item: { slug: string }) => item.slug === "module");
    expect(moduleTerm.senses.map((item: { community: string }) => item.community)).toEqual(expect.arrayContaining(["hpc", "python"]));
    expect(moduleTerm.url).toBe(`${e2e.appUrl}/glossary/module`);
    expect((await request.get("/api/v1/glossary/no-such-term")).status()).toBe(404);
    const rst = await request.get("/glossary/export.rst");
    expect(rst.headers()["content-type"]).toContain("text/x-rst");
    expect(await rst.text()).toContain(".. glossary::");
    expect(await (await request.get("/glossary/export.md")).text()).toMatch(/\nmodule[^\n]*\n: {3}\*\*/);
  });

  test("a user proposes a term (refused at the field until each sense has a community); a chair edits and approves it; a member's replayed approval is refused", async ({ browser }) => {
    const [user, chair, member] = await Promise.all([createPerson("user"), createPerson("chair"), createPerson("member")]);
    const word = `scratchword${randomUUID().slice(0, 6)}`;
    const asUser = await pageAs(browser, user);
    await asUser.page.goto("/glossary");
    await asUser.page.getByRole("link", { name: "Propose a term" }).click();
    await expect(asUser.page.getByRole("heading", { name: "Propose a term", level: 1 })).toBeVisible();
    await asUser.page.getByLabel("Term", { exact: true }).fill(word);
    await fillSense(asUser.page, 0, { note: "To a centre: a queue.", definition: "A Slurm [partition](javascript:alert(1)).", example: "Submit it there." });
    await asUser.page.getByRole("button", { name: "Add a sense" }).click();
    await fillSense(asUser.page, 1, { community: "Python", note: "To Python: a list.", definition: "A `list`.", example: "Append to it." });
    await asUser.page.getByLabel("Where does the confusion come up?").fill("It came up at the BoF.");
    await asUser.page.getByRole("button", { name: "Send to the chairs" }).click();
    await expect(sense(asUser.page, 0).getByText("Choose whose reading this sense is: HPC, Python or both.")).toBeVisible();
    await expect(asUser.page.getByLabel("Term", { exact: true })).toHaveValue(word);
    expect((await database().query(`SELECT count(*)::int AS n FROM "GlossaryProposal" WHERE "proposedById" = $1`, [user.id])).rows[0].n).toBe(0);

    await sense(asUser.page, 0).getByRole("radio", { name: "HPC", exact: true }).check();
    await asUser.page.getByRole("button", { name: "Send to the chairs" }).click();
    await expect(asUser.page.getByText("Sent. A chair reviews it")).toBeVisible();
    await expect(asUser.page.getByText("Waiting for a chair")).toBeVisible();
    const proposalUrl = asUser.page.url();
    await asUser.page.screenshot({ path: "test-results/glossary-proposal-sent.png", fullPage: true });

    // The member cannot see the proposal, nor approve it by replaying the chair's post.
    const asMember = await pageAs(browser, member);
    expect((await asMember.page.request.get(proposalUrl)).status()).toBe(404);

    const asChair = await pageAs(browser, chair);
    await asChair.page.goto("/glossary/proposals");
    await asChair.page.getByRole("link", { name: new RegExp(`New term: ${word}`) }).click();
    await expect(asChair.page.getByTestId("proposal-diff")).toContainText("To Python: a list.");
    const captured = await captureAction(asChair.page, new URL(proposalUrl).pathname, () => asChair.page.getByRole("button", { name: "Approve and publish" }).click());
    const replay = await asMember.context.request.post(captured.url, { headers: { ...captured.headers, cookie: await cookieHeader(asMember.context) }, data: captured.body });
    expect(await replay.text()).toContain("You do not have permission to do that.");
    expect((await database().query(`SELECT count(*)::int AS n FROM "GlossaryTerm" WHERE term = $1`, [word])).rows[0].n).toBe(0);

    await sense(asChair.page, 1).getByLabel("One-line note").fill("To Python: a list object.");
    await asChair.page.getByRole("button", { name: "Approve and publish" }).click();
    await expect(asChair.page).toHaveURL(new RegExp(`/glossary/${word}\\?published=1`));
    await expect(asChair.page.getByRole("heading", { name: word, level: 1 })).toBeVisible();
    await expect(asChair.page.getByText("To Python: a list object.")).toBeVisible();
    // The javascript: link in the definition is not a link.
    await expect(asChair.page.getByTestId("term-senses").locator('a[href^="javascript"]')).toHaveCount(0);
    await expect(asChair.page.getByText(`written by ${user.name}`)).toBeVisible();

    await asChair.page.getByRole("link", { name: /History/ }).click();
    await expect(asChair.page.getByTestId("term-versions")).toContainText(`Proposed by ${user.name}, approved by ${chair.name}`);
    await expect(asChair.page.getByTestId("term-versions")).toContainText("Approved with edits by the chair");

    await asUser.page.reload();
    await expect(asUser.page.getByText("Approved", { exact: true })).toBeVisible();
    for (const opened of [asUser, asMember, asChair]) await opened.context.close();
  });

  test("a chair declines with a reason the proposer reads; a duplicate headword is refused at the field", async ({ browser }) => {
    const [user, chair] = await Promise.all([createPerson("user"), createPerson("chair")]);
    const asUser = await pageAs(browser, user);
    await asUser.page.goto("/glossary/propose");
    await asUser.page.getByLabel("Term", { exact: true }).fill("Wheel");
    await fillSense(asUser.page, 0, { community: "HPC", note: "Something else.", definition: "Else.", example: "Else." });
    await asUser.page.getByLabel("Where does the confusion come up?").fill("Testing duplicates.");
    await asUser.page.getByRole("button", { name: "Send to the chairs" }).click();
    await expect(asUser.page.getByText(/“wheel” is already in the glossary/)).toBeVisible();

    const word = `scratchword${randomUUID().slice(0, 6)}`;
    await asUser.page.getByLabel("Term", { exact: true }).fill(word);
    await asUser.page.getByRole("button", { name: "Send to the chairs" }).click();
    await expect(asUser.page.getByText("Waiting for a chair")).toBeVisible();
    const proposalUrl = asUser.page.url();

    const asChair = await pageAs(browser, chair);
    await asChair.page.goto(proposalUrl);
    await asChair.page.getByLabel("Why it is declined").fill("A single reading: not a glossary word.");
    await asChair.page.getByRole("button", { name: "Decline" }).click();
    await expect(asChair.page.getByText("Declined. The proposer is notified")).toBeVisible();

    await asUser.page.reload();
    await expect(asUser.page.getByText("A single reading: not a glossary word.")).toBeVisible();
    await expect(asUser.page.getByRole("button", { name: "Withdraw my proposal" })).toHaveCount(0);
    for (const opened of [asUser, asChair]) await opened.context.close();
  });
});

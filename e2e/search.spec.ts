import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, createSession, database, pageAs } from "./support/database";
import { expectNoHorizontalOverflow } from "./support/layout";

/**
 * Site search as visitors and members use it: the header's box, results
 * grouped by kind, the kind filter, and the states around them. Each test
 * files a report and sessions of its own carrying a made-up word, so its
 * counts are exact whatever else the database holds.
 */

/** A word nobody else has written, e.g. "quokkab1c2d3". */
const uniqueWord = () => `quokka${randomUUID().slice(0, 6)}`;

async function seedReport(word: string) {
  const reporter = await createPerson("user");
  const title = `Import storms with ${word} on Lustre`;
  const description = `Every rank walks sys.path while ${word} loads; <b>bold</b> text stays text.`;
  const { rows } = await database().query<{ id: number }>(
    `INSERT INTO "PainPoint" (title, description, severity, "reporterId", "updatedAt", "lastActivityAt", "searchVector")
     VALUES ($1, $2, 'COSTS_HOURS', $3, now(), now(), setweight(to_tsvector('english', $1), 'A') || setweight(to_tsvector('english', $2), 'B'))
     RETURNING id`,
    [title, description, reporter.id],
  );
  return { id: rows[0]!.id, title };
}

async function seedSessionNotes(word: string, visibility: "PUBLIC" | "MEMBERS") {
  // Two days ago; its title is unique without the word, so that only the notes can match.
  return createSession({
    title: `${visibility === "MEMBERS" ? "Members' call" : "Open BoF"} ${randomUUID().slice(0, 8)}`,
    minutesFromNow: [-2880, -2820],
    timeZone: "UTC",
    visibility,
    notes: `## Discussion\n\nWe measured ${word} on three clusters and agreed to write it up.`,
  });
}

const headerSearch = (page: Page) => page.getByRole("banner").getByRole("searchbox", { name: "Search the site" });
const group = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name} \\d+$`) });

test.describe("searching, as a visitor", () => {
  test("types into the header's box, sees results grouped by kind with the words marked, and follows one", async ({ page }) => {
    const word = uniqueWord();
    const report = await seedReport(word);
    await seedSessionNotes(word, "PUBLIC");

    await page.goto("/peps");
    await headerSearch(page).fill(word);
    await headerSearch(page).press("Enter");
    await expect(page).toHaveURL(`/search?q=${word}`);
    await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue(word);

    const kinds = page.getByRole("navigation", { name: "Kinds of results" });
    await expect(kinds.getByRole("link", { name: "All results 2" })).toHaveAttribute("aria-current", "page");
    await expect(kinds.getByRole("link", { name: "PEPs 0" })).toBeVisible();
    await expect(group(page, "PEPs")).toHaveCount(0);
    await expect(group(page, "Pain points")).toHaveAccessibleName("Pain points 1");
    await expect(group(page, "Session notes")).toHaveAccessibleName("Session notes 1");

    const hit = group(page, "Pain points").getByTestId("search-hit");
    await expect(hit.locator("mark").first()).toHaveText(word);
    // Text from the report is shown as text, not as markup.
    await expect(hit.getByTestId("search-snippet")).toContainText("<b>bold</b> text stays text");
    await expect(hit.locator("b")).toHaveCount(0);

    await hit.getByRole("link", { name: report.title }).click();
    await expect(page).toHaveURL(`/pain-points/${report.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(report.title);
  });

  test("finds a PEP by its number first, and leads to its page", async ({ page }) => {
    await page.goto("/");
    await headerSearch(page).fill("PEP 703");
    await headerSearch(page).press("Enter");
    const peps = group(page, "PEPs");
    await expect(peps.getByTestId("search-hit").first()).toContainText("PEP 703");
    await peps.getByRole("link", { name: "Making the Global Interpreter Lock Optional in CPython" }).click();
    await expect(page).toHaveURL("/peps/703");
  });

  test("filters to session notes in the URL, and follows a result to the notes", async ({ page }) => {
    const word = uniqueWord();
    await seedReport(word);
    const session = await seedSessionNotes(word, "PUBLIC");

    await page.goto(`/search?q=${word}`);
    await page.getByRole("navigation", { name: "Kinds of results" }).getByRole("link", { name: "Session notes 1" }).click();
    await expect(page).toHaveURL(`/search?q=${word}&kind=notes`);
    await expect(page.getByRole("navigation", { name: "Kinds of results" }).getByRole("link", { name: "Session notes 1" })).toHaveAttribute("aria-current", "page");
    await expect(group(page, "Pain points")).toHaveCount(0);
    const notes = group(page, "Session notes");
    await expect(notes.getByTestId("search-hit")).toHaveCount(1);
    await expect(notes.getByTestId("search-snippet")).toContainText(`We measured ${word} on three clusters`);

    // A new search from the page's own box keeps the filter.
    await page.getByRole("searchbox", { name: "Search for" }).fill(`${word} clusters`);
    await page.getByRole("searchbox", { name: "Search for" }).press("Enter");
    await expect(page).toHaveURL(new RegExp(`/search\\?kind=notes&q=${word}\\+clusters$`));

    await group(page, "Session notes").getByRole("link", { name: session.title }).click();
    await expect(page).toHaveURL(`/sessions/${session.slug}/notes`);
  });

  test("shows the first results of a kind on the combined view and all of them a page at a time", async ({ page }) => {
    // "packaging" is in the titles of some forty PEPs: more than the combined view shows.
    await page.goto("/search?q=packaging");
    const peps = group(page, "PEPs");
    await expect(peps.getByTestId("search-hit")).toHaveCount(10);
    const showAll = peps.getByRole("link", { name: /^Show all \d+ PEPs$/ });
    const total = Number((await showAll.innerText()).match(/\d+/)![0]);
    expect(total).toBeGreaterThan(20);
    await showAll.click();
    await expect(page).toHaveURL("/search?q=packaging&kind=peps");
    await expect(page.getByTestId("search-hit")).toHaveCount(20);
    const pages = page.getByRole("navigation", { name: "Pages of results" });
    await expect(pages).toContainText(`Page 1 of ${Math.ceil(total / 20)}`);
    await pages.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL("/search?q=packaging&kind=peps&page=2");
    await expect(pages).toContainText(`Page 2 of ${Math.ceil(total / 20)}`);
  });
});

test.describe("what each role finds", () => {
  test("a member finds a members-only session's notes that a visitor and a user do not", async ({ browser }) => {
    const word = uniqueWord();
    const session = await seedSessionNotes(word, "MEMBERS");

    const visitor = await pageAs(browser);
    await visitor.page.goto(`/search?q=${word}`);
    await expect(visitor.page.getByRole("heading", { name: `Nothing matches “${word}”` })).toBeVisible();
    await expect(visitor.page.getByRole("link", { name: session.title })).toHaveCount(0);
    await visitor.context.close();

    const user = await pageAs(browser, await createPerson("user"));
    await user.page.goto(`/search?q=${word}&kind=notes`);
    await expect(user.page.getByRole("heading", { name: `No session notes match “${word}”` })).toBeVisible();
    await user.context.close();

    const member = await pageAs(browser, await createPerson("member"));
    await member.page.goto(`/search?q=${word}`);
    const notes = group(member.page, "Session notes");
    await expect(notes).toHaveAccessibleName("Session notes 1");
    await expect(notes.getByTestId("search-hit")).toContainText("Members only");
    await notes.getByRole("link", { name: session.title }).click();
    await expect(member.page).toHaveURL(`/sessions/${session.slug}/notes`);
    await member.context.close();
  });
});

test.describe("states", () => {
  test("without words: a prompt with examples to try", async ({ page }) => {
    await page.goto("/search");
    await expect(page.getByRole("heading", { name: "Search PEPs, pain points, session notes and statements" })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search for" })).toBeFocused();
    await page.getByRole("link", { name: "free-threading", exact: true }).click();
    await expect(page).toHaveURL("/search?q=free-threading");
    await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue("free-threading");
    await expect(page.getByTestId("search-hit").first()).toBeVisible();
  });

  test("no results say so, and a filter with none offers everything else", async ({ page }) => {
    const word = uniqueWord();
    await page.goto(`/search?q=${word}`);
    await expect(page.getByRole("heading", { name: `Nothing matches “${word}”` })).toBeVisible();
    await expect(page.getByText("Try fewer or other words")).toBeVisible();

    await seedReport(word);
    await page.goto(`/search?q=${word}&kind=peps`);
    await expect(page.getByRole("heading", { name: `No PEPs match “${word}”` })).toBeVisible();
    await page.getByRole("link", { name: "Show all 1 result" }).click();
    await expect(page).toHaveURL(`/search?q=${word}`);
    await expect(group(page, "Pain points")).toBeVisible();
  });

  test("punctuation, over-long and hostile searches get a clear message, not an error page", async ({ page }) => {
    for (const [q, message] of [
      ["?!*", "punctuation alone matches nothing"],
      ["lock ".repeat(50), "limited to 200 characters"],
      ["the and of", "too common to search for"],
    ] as const) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
      await expect(page.getByText("That search cannot be run")).toBeVisible();
      await expect(page.getByText(message)).toBeVisible();
    }
    for (const q of ["<script>alert(1)</script>", "' OR 1=1 --", '"unclosed', "a & | !"]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
      await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
    }
    const response = await page.goto("/search?q=lock&kind=everything");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("kind “everything” is not one of: peps, pain-points, notes, statements")).toBeVisible();
    await expect(group(page, "PEPs")).toBeVisible();
  });

  test('"/" focuses the header\'s box, except while typing elsewhere', async ({ page }) => {
    await page.goto("/peps");
    await expect(headerSearch(page)).toHaveAttribute("aria-keyshortcuts", "/");
    await page.getByRole("heading", { level: 1 }).click();
    await expect(async () => {
      await page.keyboard.press("/");
      await expect(headerSearch(page)).toBeFocused({ timeout: 500 });
    }).toPass();
    await expect(headerSearch(page)).toHaveValue("");
    const listSearch = page.getByRole("main").getByRole("searchbox", { name: "Search", exact: true });
    await listSearch.click();
    await page.keyboard.type("a/b");
    await expect(listSearch).toHaveValue("a/b");
    await expect(listSearch).toBeFocused();
  });

  test("the header's box works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await headerSearch(page).fill("PEP 703");
    const [response] = await Promise.all([page.waitForResponse((answer) => new URL(answer.url()).pathname === "/search"), headerSearch(page).press("Enter")]);
    await expect(page).toHaveURL("/search?q=PEP+703");
    expect(response.status()).toBe(200);
    // The results are in the document; like every page with a loading.tsx, it takes JavaScript to swap them in for the skeleton.
    expect(await response.text()).toContain("Making the Global Interpreter Lock Optional in CPython");
    await context.close();
  });
});

test.describe("on a phone", () => {
  test("searches from the menu, and nothing sticks out sideways at 375 px", async ({ browser }) => {
    const word = uniqueWord();
    await seedReport(word);
    await seedSessionNotes(word, "PUBLIC");
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto("/");
    await expect(headerSearch(page)).toBeHidden();
    await page.getByLabel("Menu").click();
    await expectNoHorizontalOverflow(page);
    const menuSearch = headerSearch(page);
    await menuSearch.fill(word);
    await menuSearch.press("Enter");
    await expect(page).toHaveURL(`/search?q=${word}`);
    await expect(group(page, "Pain points")).toBeVisible();
    await expectNoHorizontalOverflow(page);

    for (const path of ["/search", "/search?q=PEP%20703", `/search?q=${word}&kind=notes`, `/search?q=${"x".repeat(60)}`, `/search?q=${"lock ".repeat(50)}`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
      await expectNoHorizontalOverflow(page);
    }
    await context.close();
  });
});

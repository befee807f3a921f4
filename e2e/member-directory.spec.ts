import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import { createPerson, database, pageAs, type TestPerson } from "./support/database";

/**
 * The member directory as visitors and members see it. Each test makes its
 * own members, whose names share a word no one else has; the pages are
 * opened searching for it, so the list holds exactly them (and visitors'
 * cached copies of other addresses do not matter).
 */

interface EntryOptions {
  consented?: boolean;
  status?: "ACTIVE" | "SUSPENDED" | "LEFT";
  lastActiveMonthsAgo?: number;
  country?: string;
  kind?: string;
}

async function member(word: string, label: string, { consented = true, status = "ACTIVE", lastActiveMonthsAgo = 0, country = "DE", kind = "university" }: EntryOptions = {}): Promise<TestPerson> {
  const person = await createPerson("member", `${label} ${word}`);
  await database().query(
    // createPerson gave the member an empty entry; this fills it in.
    `UPDATE "Membership" SET affiliation = $2, "affiliationKind" = $3, "roleAtAffiliation" = 'Engineer', country = $4, areas = '{packaging}', orcid = '0000-0002-1825-0097', "githubHandle" = 'octocat',
       "isPublicListingConsented" = $5, status = $6::"MembershipStatus", "lastActiveAt" = now() - make_interval(months => $7) WHERE "userId" = $1`,
    [person.id, `Example Institute ${word}`, kind, country, consented, status, lastActiveMonthsAgo],
  );
  if (status === "SUSPENDED") await database().query(`UPDATE "Membership" SET "suspendedAt" = now(), "suspensionReason" = 'Testing suspension' WHERE "userId" = $1`, [person.id]);
  return person;
}

async function cast() {
  const word = `Dir${randomUUID().slice(0, 8)}`;
  return {
    word,
    listed: await member(word, "Listed", { country: "SE", kind: "hpc-centre" }),
    other: await member(word, "Other", { country: "DE" }),
    unlisted: await member(word, "Unlisted", { consented: false }),
    suspended: await member(word, "Suspended", { status: "SUSPENDED" }),
    lapsed: await member(word, "Lapsed", { lastActiveMonthsAgo: 14, country: "FR" }),
  };
}

const rows = (page: import("@playwright/test").Page) => page.getByTestId("member-row");

test.describe("the member directory", () => {
  test("a visitor sees only consenting active members, with their links, and is invited to sign in to join", async ({ browser }) => {
    const { word, listed, unlisted, suspended } = await cast();
    const { context, page } = await pageAs(browser);
    await page.goto(`/members?q=${word}`);
    await expect(rows(page)).toHaveCount(3);
    await expect(page.getByRole("heading", { name: "3 members" })).toBeVisible();
    await expect(page.getByRole("link", { name: listed.name })).toHaveAttribute("href", `/members/${listed.id}`);
    await expect(page.getByText(unlisted.name)).toHaveCount(0);
    await expect(page.getByText(suspended.name)).toHaveCount(0);
    await expect(page.getByTestId("member-status")).toHaveCount(0);
    const listedRow = rows(page).filter({ hasText: listed.name });
    await expect(listedRow.getByRole("link", { name: /ORCID 0000-0002-1825-0097/ })).toHaveAttribute("href", "https://orcid.org/0000-0002-1825-0097");
    await expect(listedRow.getByRole("link", { name: /GitHub @octocat/ })).toHaveAttribute("href", "https://github.com/octocat");
    await expect(listedRow).toContainText("Sweden");
    await expect(page.getByRole("link", { name: "Sign in to ask to join" })).toHaveAttribute("href", "/sign-in?callbackUrl=/members/join");

    // The demo group: a listed demo member shows, an unlisted one does not.
    await page.goto("/members?q=Fictional");
    await expect(page.getByText("Tomás Fictional")).toBeVisible();
    await expect(page.getByText("Lena Fictional")).toHaveCount(0);
    await context.close();
  });

  test("filters narrow the list", async ({ browser }) => {
    const { word, listed } = await cast();
    const { context, page } = await pageAs(browser);
    await page.goto(`/members?q=${word}`);
    await expect(rows(page)).toHaveCount(3);
    await page.getByRole("checkbox", { name: "Sweden" }).check();
    await expect(page).toHaveURL(/country=se/);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(listed.name);
    await page.getByRole("link", { name: "Remove filter Country: Sweden" }).click();
    await expect(rows(page)).toHaveCount(3);
    await page.getByRole("checkbox", { name: "University" }).check();
    await expect(rows(page)).toHaveCount(2);
    await context.close();
  });

  test("a member sees everyone with their status, suspended and inactive included, and the quorum figure", async ({ browser }) => {
    const { word, unlisted, suspended, lapsed } = await cast();
    const { context, page } = await pageAs(browser, await createPerson("member"));
    await page.goto(`/members?q=${word}`);
    await expect(rows(page)).toHaveCount(5);
    await expect(rows(page).filter({ hasText: suspended.name }).getByTestId("member-status")).toHaveText("Suspended");
    await expect(rows(page).filter({ hasText: lapsed.name }).getByTestId("member-status")).toHaveText("Inactive");
    await expect(rows(page).filter({ hasText: unlisted.name })).toContainText("Not listed publicly");
    await expect(page.getByText(/active members? counts? for quorum/)).toBeVisible();
    await page.getByRole("checkbox", { name: "Suspended" }).check();
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(suspended.name);
    await context.close();
  });

  test("a visitor gets the member 404 for someone not listed publicly; a member opens the page", async ({ browser }) => {
    const { unlisted } = await cast();
    const visitor = await pageAs(browser);
    const response = await visitor.page.goto(`/members/${unlisted.id}`);
    expect(response?.status()).toBe(404);
    await expect(visitor.page.getByRole("heading", { name: "Member not found", level: 1 })).toBeVisible();
    await expect(visitor.page).toHaveTitle(/Member not found/);
    await expect(visitor.page.getByText(unlisted.name)).toHaveCount(0);
    await visitor.context.close();

    const { context, page } = await pageAs(browser, await createPerson("member"));
    await page.goto(`/members/${unlisted.id}`);
    await expect(page.getByRole("heading", { name: unlisted.name, level: 1 })).toBeVisible();
    await context.close();
  });

  test("a member's page lists the pain points reported under their name and the sessions they organised", async ({ browser }) => {
    const { word, listed } = await cast();
    const report = async (title: string, isPublic: boolean) =>
      database().query(`INSERT INTO "PainPoint" (title, description, severity, "reporterId", "isReporterPublic", "updatedAt") VALUES ($1, 'Slow imports.', 'COSTS_HOURS', $2, $3, now())`, [title, listed.id, isPublic]);
    await report(`Named report ${word}`, true);
    await report(`Unnamed report ${word}`, false);
    await database().query(`INSERT INTO "BofSession" (slug, title, "startsAt", "endsAt", "timeZone", "createdById", "updatedAt") VALUES ($1, $2, now(), now() + interval '1 hour', 'UTC', $3, now())`, [
      `session-${word.toLowerCase()}`,
      `Session ${word}`,
      listed.id,
    ]);
    const { context, page } = await pageAs(browser);
    await page.goto(`/members/${listed.id}`);
    await expect(page.getByRole("heading", { name: listed.name, level: 1 })).toBeVisible();
    const reports = page.getByTestId("member-pain-points");
    await expect(reports.getByRole("link", { name: new RegExp(`Named report ${word}`) })).toBeVisible();
    await expect(reports.getByText(`Unnamed report ${word}`)).toHaveCount(0);
    await expect(page.getByTestId("member-sessions").getByRole("link", { name: `Session ${word}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Statements drafted or endorsed" })).toBeVisible();
    await context.close();
  });
});

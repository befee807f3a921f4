import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, createSession, database, pageAs, type TestPerson } from "./support/database";

/**
 * Nothing scrolls sideways on a phone: every route of the app, at 375 px, as
 * a visitor and as an admin (who sees every control), with the things that
 * used to push pages wider — long unbroken words in titles, badges, tables,
 * long lines of code — in the data it shows.
 */

const PHONE = { width: 375, height: 800 };
const longWord = "scipy.sparse._sparsetools_import_on_every_rank_of_the_parallel_filesystem_takes_ninety_seconds";
const longLine = `srun -n 4096 python -X importtime -c "import ${"numpy.linalg, ".repeat(12)}scipy" 2> importtime-${"x".repeat(60)}.log`;

/** A report and a session carrying long words, long lines and code, for every page that lists or shows them. */
async function seedLongContent(reporter: TestPerson) {
  const title = `${longWord} ${randomUUID().slice(0, 6)}`;
  const description = `Every rank imports ${longWord}.\n\n\`\`\`\n${longLine}\n\`\`\`\n\n| module | seconds | ${longWord} |\n|---|---|---|\n| numpy | 4.1 | ${longWord} |\n\nSee https://example.org/${"very-long-path-segment-".repeat(6)}`;
  const { rows } = await database().query<{ id: number }>(
    `WITH report AS (
       INSERT INTO "PainPoint" (title, description, severity, "reporterId", "isReporterPublic", site, filesystem, "affectedCount", "siteCount", "updatedAt", "lastActivityAt", "searchVector")
       VALUES ($1, $2, 'COSTS_HOURS', $3, true, $4, 'lustre', 1, 1, now(), now(), to_tsvector('english', $1 || ' ' || $2))
       RETURNING id)
     INSERT INTO "PainPointArea" ("painPointId", "areaSlug") SELECT id, 'startup-import' FROM report RETURNING "painPointId" AS id`,
    [title, description, reporter.id, `Example_University_Supercomputing_Centre_${"Cluster".repeat(5)}`],
  );
  const painPointId = rows[0]!.id;
  await database().query(`INSERT INTO "PainPointVote" ("painPointId", "userId") VALUES ($1, $2)`, [painPointId, reporter.id]);
  await database().query(`UPDATE "PainPoint" SET "commentCount" = 1 WHERE id = $1`, [painPointId]);
  await database().query(`INSERT INTO "PainPointComment" (id, "painPointId", "authorId", body) VALUES (gen_random_uuid()::text, $1, $2, $3)`, [painPointId, reporter.id, `Same here: ${longWord}\n\n    ${longLine}`]);
  const session = await createSession({ title: `BoF ${longWord}`, notes: `# Notes\n\n${longWord}\n\n\`\`\`\n${longLine}\n\`\`\`\n`, agenda: [[`Agenda ${longWord}`, 10]] });
  return { painPointId, session };
}

/** The parts of the page wider than the viewport, deepest first, to name in a failure. */
async function overflowOf(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const culprits: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const box = element.getBoundingClientRect();
      if (box.right <= width + 1 || box.width === 0) continue;
      // Only the innermost: an element none of whose children sticks out too.
      if (Array.from(element.children).some((child) => child.getBoundingClientRect().right > width + 1)) continue;
      // What scrolls inside a box of its own does not widen the page.
      let clipped = false;
      for (let parent = element.parentElement; parent && !clipped; parent = parent.parentElement) clipped = getComputedStyle(parent).overflowX !== "visible";
      if (clipped) continue;
      culprits.push(`${element.tagName.toLowerCase()}.${String(element.className).split(" ").slice(0, 3).join(".")} "${(element.textContent ?? "").trim().slice(0, 40)}" → ${Math.round(box.right)} px`);
      if (culprits.length === 4) break;
    }
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}

test.describe("at phone width", () => {
  let routes: { visitor: string[]; admin: string[] };

  test.beforeAll(async () => {
    const reporter = await createPerson("user", `Reporter ${longWord}`);
    const { painPointId, session } = await seedLongContent(reporter);
    await database().query(
      `INSERT INTO "Membership" ("userId", affiliation, "affiliationKind", "roleAtAffiliation", country, areas, "githubHandle", "isPublicListingConsented", "updatedAt") VALUES ($1, $2, 'hpc-centre', $3, 'DE', '{startup-import,packaging}', $4, true, now())`,
      [reporter.id, `Example_University_Supercomputing_Centre_${"Cluster".repeat(5)}`, `Engineer_${longWord}`, `a${"b-c".repeat(12)}`],
    );
    const { rows: areas } = await database().query<{ slug: string }>(`SELECT slug FROM "Area" ORDER BY slug LIMIT 1`);
    const area = areas[0]!.slug;
    const publicRoutes = [
      "/",
      "/peps",
      "/peps?sort=impact",
      "/peps/703",
      "/peps/703/assessment/history",
      "/pain-points",
      `/pain-points?q=${encodeURIComponent("sparsetools")}`,
      "/pain-points/overview",
      `/pain-points/${painPointId}`,
      "/areas",
      `/areas/${area}`,
      "/charter",
      "/charter/history",
      "/sessions",
      session.path,
      `${session.path}/notes`,
      `${session.path}/speaker`,
      `/search?q=${encodeURIComponent("sparsetools")}`,
      "/members",
      "/members?kind=hpc-centre&country=de",
      `/members/${reporter.id}`,
      "/statements",
      "/glossary",
      "/glossary/module",
      "/glossary/module/history",
      "/sign-in",
      "/sign-in/check-email",
      "/no-such-page",
    ];
    routes = {
      visitor: publicRoutes,
      admin: [
        ...publicRoutes,
        "/pain-points/new",
        `/pain-points/${painPointId}/edit`,
        "/pain-points/flags",
        "/peps/703/assessment/edit",
        "/sessions/new",
        `${session.path}/edit`,
        `${session.path}/notes/revisions`,
        "/notifications",
        "/admin",
        "/admin/people",
        "/admin/audit",
        "/admin/peps",
        "/charter/edit",
        "/members?status=suspended&status=inactive",
        "/members/requests",
        "/members/me",
        "/glossary/propose",
        "/glossary/module/change",
        "/glossary/proposals",
      ],
    };
  });

  for (const role of ["visitor", "admin"] as const) {
    test(`no page is wider than the screen, as ${role === "visitor" ? "a visitor" : "an admin"}`, async ({ browser }) => {
      test.slow();
      const { context, page } = await pageAs(browser, role === "admin" ? await createPerson("admin") : undefined);
      await page.setViewportSize(PHONE);
      const tooWide: Record<string, unknown> = {};
      for (const route of routes[role]) {
        await page.goto(route);
        const overflow = await overflowOf(page);
        if (overflow) tooWide[route] = overflow;
      }
      expect(tooWide).toEqual({});
      await context.close();
    });
  }
});

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { HighlightedText } from "@/components/search/highlighted-text";
import { db } from "@/lib/db";
import { docFromMarkdown, loadNotes, storeNotes } from "@/lib/notes/note-persistence";
import { reportPainPoint } from "@/lib/pain-points/report-pain-point";
import { reportSchema, type ReportInput } from "@/lib/pain-points/schemas";
import { changePainPointStatus } from "@/lib/pain-points/change-pain-point-status";
import { setPainPointHidden } from "@/lib/pain-points/set-pain-point-hidden";
import { anonymousActor, type Actor } from "@/lib/permissions";
import { snippetText } from "@/lib/search/highlights";
import type { SearchKind } from "@/lib/search/schemas";
import { COMBINED_LIMIT, KIND_PAGE_SIZE, searchSite, type SiteSearchResult } from "@/lib/search/search-site";
import { demoSteps } from "@/lib/seed/demo-steps";
import { seedDatabase } from "@/lib/seed/seed-database";
import { scheduleSession } from "@/lib/sessions/schedule-session";
import type { SessionInput } from "@/lib/sessions/schemas";
import { createPerson } from "../support/factories";
import { keepDatabaseBetweenTests } from "../support/shared-data";

/**
 * Site search against PostgreSQL: the real PEP index, reports made through
 * their use cases (some hidden or marked duplicate), and sessions — public and
 * members-only — whose notes were stored the way the live editor stores them,
 * plus one seeded the way demo data is (text without a search vector yet).
 * Made-up words ("quasarflux") make each expectation exact.
 */

keepDatabaseBetweenTests();

const people: Record<"user" | "member" | "chair", Actor> = { user: anonymousActor, member: anonymousActor, chair: anonymousActor };
const ids = { visible: 0, hidden: 0, duplicate: 0, escaped: 0 };

const report = (overrides: Partial<ReportInput>): ReportInput =>
  reportSchema.parse({
    title: "Slow start-up of MPI jobs on shared storage",
    areas: ["startup-import"],
    severity: "COSTS_HOURS",
    description: "Every rank walks sys.path on Lustre before the first line of the job runs.",
    isReporterPublic: false,
    ...overrides,
  });

async function planSession(chair: Actor, title: string, visibility: SessionInput["visibility"]) {
  const input: SessionInput = {
    title,
    slug: null,
    isSlugAuto: true,
    description: "",
    timeZone: "UTC",
    startsAt: new Date("2025-11-18T18:00:00Z"),
    endsAt: new Date("2025-11-18T19:00:00Z"),
    venue: null,
    videoUrl: null,
    chatUrl: null,
    visibility,
    notesEditors: "SIGNED_IN",
    agenda: [],
  };
  return scheduleSession({ actor: chair, input });
}

/** Notes stored as the live editor stores them: Yjs state, Markdown and search vector. */
async function writeNotesLive(sessionId: number, markdown: string) {
  const { documentId } = await loadNotes(sessionId);
  await storeNotes({ documentId, state: Y.encodeStateAsUpdate(docFromMarkdown(markdown)) });
}

beforeAll(async () => {
  await seedDatabase({ withDemoData: false });
  const [user, member, chair] = await Promise.all([createPerson({ role: "user" }), createPerson({ role: "member" }), createPerson({ role: "chair" })]);
  Object.assign(people, { user: user.actor, member: member.actor, chair: chair.actor });

  ids.visible = (await reportPainPoint({ actor: user.actor, input: report({ title: "Import storms on Lustre scratch", description: "Importing numpy from a Lustre scratch directory takes minutes: quasarflux shows every rank walking sys.path." }) })).id;
  ids.hidden = (await reportPainPoint({ actor: user.actor, input: report({ title: "A hidden report on quasarflux", description: "Hidden for spam, though it mentions quasarflux and hiddenword." }) })).id;
  await setPainPointHidden({ actor: chair.actor, painPointId: ids.hidden, isHidden: true, reason: "Spam" });
  ids.duplicate = (await reportPainPoint({ actor: user.actor, input: report({ title: "The same quasarflux problem again", description: "A second report of quasarflux and duplicateword on Lustre." }) })).id;
  await changePainPointStatus({ actor: chair.actor, painPointId: ids.duplicate, status: "DUPLICATE", reason: "Reported before", duplicateOfId: ids.visible });
  ids.escaped = (await reportPainPoint({
    actor: user.actor,
    input: report({ title: "Markup in the logs", description: "Logs show <img src=x onerror=alert(1)> and <script>alert('x')</script> after a glimmerfault, and \uE000fake\uE001 markers." }),
  })).id;
  // More reports with one word than a page holds; reporters are limited to ten an hour.
  const reporters = await Promise.all(Array.from({ length: 3 }, () => createPerson()));
  for (let index = 0; index < KIND_PAGE_SIZE + 5; index++) {
    const input = report({ title: `Zephyrtrack report number ${index + 1}`, description: `The zephyrtrack library fails in case ${index + 1} on the Lustre cluster.` });
    await reportPainPoint({ actor: reporters[index % reporters.length]!.actor, input });
  }

  const open = await planSession(chair.actor, "Open BoF on free-threading", "PUBLIC");
  await writeNotesLive(open.id, "## Free-threading\n\nThe room discussed PEP 703 and nebulawave benchmarks on Lustre.\n\nAction: measure the interpreter lock cost.");
  const closed = await planSession(chair.actor, "Members meeting on the statement", "MEMBERS");
  await writeNotesLive(closed.id, "Only members read this: the cryptolattice draft and nebulawave numbers.");
  const seeded = await planSession(chair.actor, "Seeded call", "PUBLIC");
  await db.noteDocument.create({ data: { sessionId: seeded.id, markdown: "Notes as demo data leaves them: the hyperloom scheduler was mentioned." } });
});

function results(result: SiteSearchResult) {
  if (result.status !== "results") throw new Error(`Expected results, got ${JSON.stringify(result)}`);
  return result;
}
const search = async (q: string, options: { actor?: Actor; kind?: SearchKind; page?: number } = {}) => results(await searchSite({ actor: options.actor ?? anonymousActor, q, kind: options.kind, page: options.page }));

describe("finding PEPs", () => {
  it("puts the PEP whose number is asked for first, written either way", async () => {
    for (const q of ["703", "PEP 703", "pep-0703"]) {
      const found = await search(q);
      expect(found.hits.peps[0], q).toMatchObject({ number: 703, isNumberMatch: true });
      expect(snippetText(found.hits.peps[0]!.title)).toBe("Making the Global Interpreter Lock Optional in CPython");
    }
    expect((await search("703")).counts.peps).toBe(1);
  });

  it("finds PEPs by words of the title and by author, with the words marked", async () => {
    const byTitle = await search("interpreter lock optional");
    expect(byTitle.hits.peps.map((pep) => pep.number)).toContain(703);
    const pep703 = byTitle.hits.peps.find((pep) => pep.number === 703)!;
    expect(pep703.isNumberMatch).toBe(false);
    expect(pep703.title.filter((part) => part.isMatch).map((part) => part.text)).toEqual(["Interpreter", "Lock", "Optional"]);

    const byAuthor = await search("Sam Gross");
    expect(byAuthor.hits.peps.map((pep) => pep.number)).toContain(703);
    expect(byAuthor.hits.peps.find((pep) => pep.number === 703)!.authors).toEqual([
      { text: "Sam", isMatch: true },
      { text: " ", isMatch: false },
      { text: "Gross", isMatch: true },
    ]);
  });
});

describe("finding pain points", () => {
  it("finds a report by words of its description, with a marked snippet and a link target", async () => {
    const found = await search("minutes importing");
    expect(found.counts["pain-points"]).toBe(1);
    const [hit] = found.hits["pain-points"];
    expect(hit).toMatchObject({ id: ids.visible, status: "NEW", severity: "COSTS_HOURS" });
    expect(hit!.snippet.filter((part) => part.isMatch).map((part) => part.text)).toEqual(["Importing", "minutes"]);
    expect(snippetText(hit!.title)).toBe("Import storms on Lustre scratch");
  });

  it("leaves hidden reports and duplicates out for everyone, as the board does", async () => {
    for (const actor of [anonymousActor, people.user, people.member, people.chair]) {
      const found = await search("quasarflux", { actor });
      expect(found.counts["pain-points"], actor.role).toBe(1);
      expect(found.hits["pain-points"].map((hit) => hit.id)).toEqual([ids.visible]);
      expect((await search("hiddenword", { actor })).total).toBe(0);
      expect((await search("duplicateword", { actor })).total).toBe(0);
    }
  });
});

describe("finding session notes", () => {
  it("finds notes by a word in their text, linking to the session", async () => {
    const found = await search("nebulawave");
    expect(found.counts.notes).toBe(1);
    expect(found.hits.notes[0]).toMatchObject({ slug: "open-bof-on-free-threading", sessionTitle: "Open BoF on free-threading", isMembersOnly: false });
    expect(found.hits.notes[0]!.snippet.some((part) => part.isMatch && part.text === "nebulawave")).toBe(true);
    // Line breaks and Markdown spacing read as single spaces.
    expect(snippetText(found.hits.notes[0]!.snippet)).not.toMatch(/\s{2}|\n/);
  });

  it("finds notes written before the live editor stored them once the demo seed has made them searchable", async () => {
    expect((await search("hyperloom")).hits.notes).toEqual([]);
    const step = demoSteps.find((candidate) => candidate.id === "demo:notes-search")!;
    await step.run();
    const found = await search("hyperloom");
    expect(found.hits.notes.map((hit) => hit.slug)).toEqual(["seeded-call"]);
  });

  it("finds a members-only session's notes for members and chairs only, and counts accordingly", async () => {
    for (const [actor, expected] of [
      [anonymousActor, 0],
      [people.user, 0],
      [people.member, 1],
      [people.chair, 1],
    ] as const) {
      const found = await search("cryptolattice", { actor });
      expect(found.counts.notes, actor.role).toBe(expected);
      expect(found.total, actor.role).toBe(expected);
      expect(found.hits.notes.map((hit) => hit.slug), actor.role).toEqual(expected ? ["members-meeting-on-the-statement"] : []);
    }
    expect((await search("nebulawave", { actor: people.member })).hits.notes.map((hit) => ({ slug: hit.slug, isMembersOnly: hit.isMembersOnly }))).toEqual(
      expect.arrayContaining([
        { slug: "members-meeting-on-the-statement", isMembersOnly: true },
        { slug: "open-bof-on-free-threading", isMembersOnly: false },
      ]),
    );
    expect((await search("nebulawave", { actor: people.user })).counts.notes).toBe(1);
  });
});

describe("kinds, counts and pages", () => {
  it("counts every kind on the combined view and shows the first few of each", async () => {
    const all = await search("Lustre");
    expect(all.kind).toBeNull();
    expect(all.counts["pain-points"]).toBeGreaterThanOrEqual(2 + KIND_PAGE_SIZE);
    expect(all.counts.notes).toBe(1);
    expect(all.total).toBe(all.counts.peps + all.counts["pain-points"] + all.counts.notes + all.counts.statements);
    expect(all.hits["pain-points"]).toHaveLength(COMBINED_LIMIT);
    expect(all.hits.notes).toHaveLength(1);
  });

  it("shows one kind a page at a time, with the same counts, clamping a page past the end", async () => {
    const combined = await search("zephyrtrack");
    expect(combined.counts).toEqual({ peps: 0, "pain-points": KIND_PAGE_SIZE + 5, notes: 0, statements: 0 });
    const first = await search("zephyrtrack", { kind: "pain-points" });
    expect(first).toMatchObject({ kind: "pain-points", page: 1, pageCount: 2, counts: combined.counts });
    expect(first.hits["pain-points"]).toHaveLength(KIND_PAGE_SIZE);
    const second = await search("zephyrtrack", { kind: "pain-points", page: 2 });
    expect(second.hits["pain-points"]).toHaveLength(5);
    const onBoth = [...first.hits["pain-points"], ...second.hits["pain-points"]].map((hit) => hit.id);
    expect(new Set(onBoth).size).toBe(KIND_PAGE_SIZE + 5);
    expect((await search("zephyrtrack", { kind: "pain-points", page: 99 })).page).toBe(2);

    const notesOnly = await search("PEP 703", { kind: "notes" });
    expect(notesOnly.hits.peps).toEqual([]);
    expect(notesOnly.hits.notes.map((hit) => hit.slug)).toEqual(["open-bof-on-free-threading"]);
    expect(notesOnly.counts.peps).toBe(1);
  });
});

describe("what people type", () => {
  it("runs hostile or malformed searches as plain words, without errors", async () => {
    for (const q of ["<script>alert(1)</script>", "' OR 1=1 --", "'; DROP TABLE \"Pep\"; --", '"unbalanced quote', "a & b | !c :*", "))((", "-", "or or or", "\\x00 \\", "%_%", "PEP -703"]) {
      const result = await searchSite({ actor: anonymousActor, q });
      expect(["results", "invalid"], q).toContain(result.status);
    }
    // Nothing leaked into the statement: the tables are intact and the "always true" search finds nothing.
    expect(await db.pep.count()).toBeGreaterThan(700);
    expect((await search("' OR 1=1 --")).total).toBe(0);
  });

  it("explains searches that cannot find anything instead of failing", async () => {
    expect(await searchSite({ actor: anonymousActor, q: "" })).toEqual({ status: "empty" });
    expect(await searchSite({ actor: anonymousActor, q: "   " })).toEqual({ status: "empty" });
    expect(await searchSite({ actor: anonymousActor, q: "?!… --" })).toMatchObject({ status: "invalid", message: expect.stringContaining("punctuation alone") });
    expect(await searchSite({ actor: anonymousActor, q: "lock ".repeat(41) })).toMatchObject({ status: "invalid", message: expect.stringContaining("200 characters") });
    expect(await searchSite({ actor: anonymousActor, q: "the and of" })).toMatchObject({ status: "invalid", message: expect.stringContaining("too common") });
  });

  it("shows text from reports as text: markup is escaped, stray markers mark nothing", async () => {
    const [hit] = (await search("glimmerfault")).hits["pain-points"];
    const snippet = hit!.snippet;
    expect(snippetText(snippet)).toContain("<img src=x onerror=alert(1)> and <script>alert('x')</script>");
    expect(snippet.filter((part) => part.isMatch).map((part) => part.text)).toEqual(["glimmerfault"]);
    expect(snippetText(snippet)).toContain("and fake markers");

    const html = renderToStaticMarkup(createElement(HighlightedText, { snippet }));
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toMatch(/<mark[^>]*>glimmerfault<\/mark>/);
  });
});

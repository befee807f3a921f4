import { beforeAll, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { NOTES_TEXT_FIELD } from "@/lib/notes/note-document";
import { docFromUpdates } from "@/lib/notes/note-persistence";
import type { NewNotification } from "@/lib/notifications/create-notifications";
import { anonymousActor, type Actor } from "@/lib/permissions";
import { snippetText } from "@/lib/search/highlights";
import type { SearchKind } from "@/lib/search/schemas";
import { searchSite, type SiteSearchResult } from "@/lib/search/search-site";
import { seedDatabase } from "@/lib/seed/seed-database";
import { publishStatement, withdrawStatement } from "@/lib/statements/change-statement-stage";
import { castStatementVote } from "@/lib/statements/cast-vote";
import { closeStatementVote } from "@/lib/statements/close-vote";
import { loadStatementText, storeStatementText } from "@/lib/statements/collab/statement-persistence";
import { createStatement } from "@/lib/statements/create-statement";
import { editStatementDetails } from "@/lib/statements/edit-statement-details";
import { getStatement } from "@/lib/statements/get-statement";
import { createMember, createPerson } from "../support/factories";
import { keepDatabaseBetweenTests } from "../support/shared-data";
import { createPep, daysAfter, statementInput, statementInVote } from "../support/statements";

/**
 * Statements in the site search, made and changed through their use cases:
 * the vector is PostgreSQL's (a generated column), so whatever writes the
 * title, summary or text keeps it current. Visitors find what was published;
 * members every stage. Made-up words ("zorblequant") make each count exact.
 */

keepDatabaseBetweenTests();

vi.mock("@/lib/notifications/email-notifications", () => ({ emailNotificationsInBackground: (_notifications: NewNotification[]) => undefined }));

const people: Record<"user" | "member" | "chair", Actor> = { user: anonymousActor, member: anonymousActor, chair: anonymousActor };

function results(result: SiteSearchResult) {
  if (result.status !== "results") throw new Error(`Expected results, got ${JSON.stringify(result)}`);
  return result;
}
const search = async (q: string, options: { actor?: Actor; kind?: SearchKind } = {}) => results(await searchSite({ actor: options.actor ?? anonymousActor, q, kind: options.kind }));
const foundSlugs = async (q: string, actor: Actor = anonymousActor) => (await search(q, { actor })).hits.statements.map((hit) => hit.slug);

/** A statement taken through review, a passed vote and publication, as the chairs do it. */
async function publishedStatement(overrides: Record<string, unknown>) {
  const start = new Date(Date.now() - 20 * 86_400_000);
  const statement = await statementInVote(people.member, people.chair, start);
  await db.statement.update({ where: { slug: statement.slug }, data: overrides });
  for (const voter of [people.member, people.chair]) await castStatementVote({ actor: voter, input: { slug: statement.slug, choice: "AGREE" }, now: daysAfter(start, 2) });
  await closeStatementVote({ actor: people.chair, input: { slug: statement.slug }, now: daysAfter(start, 8) });
  await publishStatement({ actor: people.chair, input: { slug: statement.slug, reason: "The vote passed." }, now: daysAfter(start, 9) });
  return statement;
}

/** The text replaced the way the live editor replaces it: a Yjs change merged by the collaboration server's store. */
async function rewriteText(slug: string, markdown: string) {
  const { id } = await db.statement.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const doc = docFromUpdates((await loadStatementText(id)).updates);
  const text = doc.getText(NOTES_TEXT_FIELD);
  doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, markdown);
  });
  await storeStatementText({ statementId: id, state: Y.encodeStateAsUpdate(doc) });
}

beforeAll(async () => {
  await seedDatabase({ withDemoData: false });
  await createPep(703);
  const [user, member, chair] = await Promise.all([createPerson({ role: "user" }), createMember(), createMember({ role: "chair" })]);
  Object.assign(people, { user: user.actor, member: member.actor, chair: chair.actor });
});

describe("finding statements", () => {
  it("finds a published statement for a visitor by a word in its text, with its stage, target and a marked excerpt", async () => {
    const statement = await publishedStatement({ title: "Wheels for free-threaded builds", target: "PEP", targetPep: 703, markdown: "## Ask\n\nPublish **zorblequant** wheels for every release.\n" });
    const found = await search("zorblequant");
    expect(found.counts.statements).toBe(1);
    expect(found.total).toBe(1);
    const [hit] = found.hits.statements;
    expect(hit).toMatchObject({ slug: statement.slug, stage: "PUBLISHED", target: "PEP", targetPep: 703, targetBody: null, publishedAt: expect.any(Date) });
    expect(snippetText(hit!.title)).toBe("Wheels for free-threaded builds");
    expect(hit!.snippet.filter((part) => part.isMatch).map((part) => part.text)).toEqual(["zorblequant"]);
    // The excerpt reads as prose: the summary first, then the text without its Markdown marks.
    expect(snippetText(hit!.snippet)).toContain("Ask Publish zorblequant wheels");
    expect(snippetText(hit!.snippet)).not.toMatch(/\*\*|##|\s{2}/);
    // The statement's own page is what the result links to, and the visitor may read it.
    await expect(getStatement({ actor: anonymousActor, input: { slug: statement.slug } })).resolves.toMatchObject({ stage: "PUBLISHED" });
  });

  it("finds a draft for members and chairs only, and counts it only for them", async () => {
    const draft = await createStatement({ actor: people.member, input: statementInput({ markdown: "The draft mentions glimmerquist once.\n" }) });
    for (const [actor, expected] of [
      [anonymousActor, []],
      [people.user, []],
      [people.member, [draft.slug]],
      [people.chair, [draft.slug]],
    ] as const) {
      const found = await search("glimmerquist", { actor });
      expect(found.counts.statements, actor.role).toBe(expected.length);
      expect(
        found.hits.statements.map((hit) => hit.slug),
        actor.role,
      ).toEqual(expected);
    }
    expect((await search("glimmerquist", { actor: people.member })).hits.statements[0]).toMatchObject({ stage: "DRAFT", publishedAt: null });
    // The kind's own page and its empty state follow the same rule.
    expect((await search("glimmerquist", { kind: "statements" })).hits.statements).toEqual([]);
  });

  it("finds a withdrawn statement for members only", async () => {
    const draft = await createStatement({ actor: people.member, input: statementInput({ markdown: "Withdrawn text about plonkwhistle.\n" }) });
    await withdrawStatement({ actor: people.chair, input: { slug: draft.slug, reason: "No longer pursued." } });
    expect(await foundSlugs("plonkwhistle")).toEqual([]);
    expect(await foundSlugs("plonkwhistle", people.user)).toEqual([]);
    expect((await search("plonkwhistle", { actor: people.member })).hits.statements).toMatchObject([{ slug: draft.slug, stage: "WITHDRAWN" }]);
  });

  it("puts a statement whose title has the words before one whose summary has them, and that before one whose text has them", async () => {
    const inText = await createStatement({ actor: people.member, input: statementInput({ title: "A statement on schedulers", markdown: "quibblefrost quibblefrost quibblefrost, and quibblefrost again.\n" }) });
    const inSummary = await createStatement({ actor: people.member, input: statementInput({ title: "Another statement on schedulers", summary: "The working group asks about quibblefrost on the schedulers HPC centres run." }) });
    const inTitle = await createStatement({ actor: people.member, input: statementInput({ title: "Quibblefrost on shared clusters" }) });
    expect(await foundSlugs("quibblefrost", people.member)).toEqual([inTitle.slug, inSummary.slug, inText.slug]);
    const [first] = (await search("quibblefrost", { actor: people.member })).hits.statements;
    expect(first!.title.filter((part) => part.isMatch).map((part) => part.text)).toEqual(["Quibblefrost"]);
  });

  it("puts the published statement before a draft that matches as well", async () => {
    const markdown = "Both texts say dronglewick.\n";
    const published = await publishedStatement({ markdown });
    const draft = await createStatement({ actor: people.member, input: statementInput({ markdown }) });
    expect(await foundSlugs("dronglewick", people.member)).toEqual([published.slug, draft.slug]);
  });

  it("follows edits of the text and of the title", async () => {
    const draft = await createStatement({ actor: people.member, input: statementInput({ title: "Packaging of MPI stacks", markdown: "First words: snarkleberry.\n" }) });
    expect(await foundSlugs("snarkleberry", people.member)).toEqual([draft.slug]);

    await rewriteText(draft.slug, "Rewritten: the text now speaks of fribbleton.\n");
    expect((await db.statement.findUniqueOrThrow({ where: { slug: draft.slug }, select: { markdown: true } })).markdown).toContain("fribbleton");
    expect(await foundSlugs("snarkleberry", people.member)).toEqual([]);
    expect(await foundSlugs("fribbleton", people.member)).toEqual([draft.slug]);

    const current = await getStatement({ actor: people.member, input: { slug: draft.slug } });
    await editStatementDetails({
      actor: people.member,
      input: { slug: draft.slug, version: current.version, title: "Packaging of wumblecore stacks", target: current.target, areas: current.areas, summary: current.summary },
    });
    expect(await foundSlugs("wumblecore", people.member)).toEqual([draft.slug]);
    expect(await foundSlugs("MPI stacks", people.member)).toEqual([]);
    // The text's words still find it after a change of the title alone.
    expect(await foundSlugs("fribbleton", people.member)).toEqual([draft.slug]);
  });

  it("counts statements beside the other kinds, and a statements-only search shows no others", async () => {
    const draft = await createStatement({ actor: people.member, input: statementInput({ title: "Lustre and the import system", markdown: "Lustre gets zappledown traffic.\n" }) });
    const all = await search("lustre zappledown", { actor: people.member });
    expect(all.counts).toEqual({ peps: 0, "pain-points": 0, notes: 0, statements: 1 });
    const only = await search("lustre", { actor: people.member, kind: "statements" });
    expect(only.hits.statements.map((hit) => hit.slug)).toContain(draft.slug);
    expect(only.hits.peps).toEqual([]);
  });
});

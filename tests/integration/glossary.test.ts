import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveProposal } from "@/lib/glossary/approve-proposal";
import { declineProposal } from "@/lib/glossary/decline-proposal";
import { exportGlossary } from "@/lib/glossary/export-glossary";
import { getGlossaryIndex } from "@/lib/glossary/get-glossary-index";
import { getGlossaryProposal } from "@/lib/glossary/get-glossary-proposal";
import { getGlossaryTerm } from "@/lib/glossary/get-glossary-term";
import type { GlossaryTermContent } from "@/lib/glossary/glossary-content";
import { listGlossaryProposals } from "@/lib/glossary/list-glossary-proposals";
import { listGlossaryTerms } from "@/lib/glossary/list-glossary-terms";
import { listTermRevisions } from "@/lib/glossary/list-term-revisions";
import { proposeTerm } from "@/lib/glossary/propose-term";
import { proposeTermChange } from "@/lib/glossary/propose-term-change";
import { approveProposalSchema, declineProposalSchema, proposeChangeSchema, proposeTermSchema } from "@/lib/glossary/schemas";
import { withdrawProposal } from "@/lib/glossary/withdraw-proposal";
import { markdownToHtml } from "@/lib/markdown/render-markdown";
import { anonymousActor } from "@/lib/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createPerson } from "../support/factories";
import { refusal } from "../support/refusal";

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

/** A headword no other test uses. */
const uniqueWord = () => `scratchword${randomUUID().slice(0, 8)}`;

function contentFor(term: string, overrides: Partial<GlossaryTermContent> = {}): GlossaryTermContent {
  return {
    term,
    aliases: [],
    areas: ["packaging"],
    related: [],
    senses: [
      { community: "hpc", note: "To a centre: a thing you load.", definition: "Loaded with `module load`.", example: "Load it first.", links: [{ title: "Lmod", url: "https://lmod.readthedocs.io/" }] },
      { community: "python", subCommunity: "packaging", note: "To Python: a thing you import.", definition: "A `.py` file.", example: "Import it.", links: [] },
    ],
    ...overrides,
  };
}

const proposeInput = (content: GlossaryTermContent, reason = "It comes up in every session.") => proposeTermSchema.parse({ content: JSON.stringify(content), reason });

describe("the glossary", () => {
  it("starts with the working group's glossary: at least 40 terms, each with senses of two communities, all marked in text", async () => {
    const terms = await exportGlossary({ actor: anonymousActor });
    expect(terms.length).toBeGreaterThanOrEqual(40);
    for (const term of terms) expect(new Set(term.senses.map((sense) => sense.community)).size, term.slug).toBeGreaterThan(1);
    const moduleTerm = await getGlossaryTerm({ actor: anonymousActor, slug: "module" });
    expect(moduleTerm?.senses.map((sense) => sense.community)).toEqual(expect.arrayContaining(["hpc", "python"]));
    const index = await getGlossaryIndex();
    expect(index.terms.map((term) => term.slug)).toEqual(expect.arrayContaining(["module", "wheel", "gil"]));
  });

  it("publishes a chair's new term at once as version 1, credited to the chair, and finds it by search, community and area", async () => {
    const chair = await createPerson({ role: "chair" });
    const word = uniqueWord();
    const result = await proposeTerm({ actor: chair.actor, input: proposeInput(contentFor(word, { aliases: [`${word}x`] })) });
    expect(result).toEqual({ status: "published", slug: word });
    const page = await getGlossaryTerm({ actor: anonymousActor, slug: word });
    expect(page).toMatchObject({ term: word, version: 1, revisionCount: 1, contributors: [{ id: chair.id }] });
    expect(page?.senses.map((sense) => [sense.label, sense.anchor])).toEqual([
      ["HPC", "sense-hpc"],
      ["Python · packaging", "sense-python-packaging"],
    ]);
    expect((await listGlossaryTerms({ actor: anonymousActor, input: { q: word } })).map((term) => term.slug)).toEqual([word]);
    expect((await listGlossaryTerms({ actor: anonymousActor, input: { q: `${word}x` } })).map((term) => term.slug)).toEqual([word]);
    expect((await listGlossaryTerms({ actor: anonymousActor, input: { q: word, community: "both" } })).length).toBe(0);
    expect((await listGlossaryTerms({ actor: anonymousActor, input: { q: word, area: "array-api" } })).length).toBe(0);
    expect((await getGlossaryIndex()).terms.some((term) => term.slug === word)).toBe(true);
  });

  it("queues a user's proposal for the chairs, who approve it with edits: the term credits the proposer, the revision the chair", async () => {
    const [user, chair] = await Promise.all([createPerson({ role: "user" }), createPerson({ role: "chair" })]);
    const word = uniqueWord();
    const proposed = await proposeTerm({ actor: user.actor, input: proposeInput(contentFor(word)) });
    expect(proposed.status).toBe("proposed");
    const proposalId = proposed.status === "proposed" ? proposed.proposalId : 0;
    expect(await getGlossaryTerm({ actor: anonymousActor, slug: word })).toBeNull();
    expect(await db.notification.count({ where: { userId: chair.id, kind: "glossary.proposal", link: `/glossary/proposals/${proposalId}` } })).toBe(1);
    expect((await listGlossaryProposals({ actor: chair.actor })).some((proposal) => proposal.id === proposalId)).toBe(true);

    const edited = contentFor(word, { senses: [...contentFor(word).senses, { community: "both", subCommunity: "MPI", note: "A third reading.", definition: "Both sides.", example: "Say which.", links: [] }] });
    const approved = await approveProposal({ actor: chair.actor, input: approveProposalSchema.parse({ proposalId, content: JSON.stringify(edited) }) });
    expect(approved).toEqual({ slug: word, version: 1 });
    const page = await getGlossaryTerm({ actor: anonymousActor, slug: word });
    expect(page?.senses).toHaveLength(3);
    expect(page?.contributors.map((person) => person.id)).toEqual([user.id]);
    const revision = await db.glossaryTermRevision.findFirstOrThrow({ where: { proposalId } });
    expect(revision).toMatchObject({ proposedById: user.id, appliedById: chair.id, version: 1 });
    expect(revision.reason).toContain("Approved with edits by the chair");
    expect(await db.notification.count({ where: { userId: user.id, kind: "glossary.approved" } })).toBe(1);

    // A second decision on the same proposal (a replayed request) changes nothing.
    const replay = await refusal(approveProposal({ actor: chair.actor, input: approveProposalSchema.parse({ proposalId, content: JSON.stringify(edited) }) }));
    expect(replay.code).toBe("CONFLICT");
    expect(await db.glossaryTermRevision.count({ where: { term: { slug: word } } })).toBe(1);
  });

  it("keeps every edit as a revision, refuses one written against an older version with the entry as it is now, and one that changes nothing", async () => {
    const [chair, member, otherChair] = await Promise.all([createPerson({ role: "chair" }), createPerson({ role: "member" }), createPerson({ role: "chair" })]);
    const word = uniqueWord();
    await proposeTerm({ actor: chair.actor, input: proposeInput(contentFor(word)) });
    const changed = contentFor(word, { aliases: ["scratch alias"] });
    const change = (content: GlossaryTermContent, baseVersion: number, kind = "EDIT") => proposeChangeSchema.parse({ slug: word, kind, baseVersion, content: JSON.stringify(content), reason: "Add the common spelling." });

    const sent = await proposeTermChange({ actor: member.actor, input: change(changed, 1) });
    expect(sent.status).toBe("proposed");
    const edit = await proposeTermChange({ actor: otherChair.actor, input: change(contentFor(word, { areas: ["array-api"] }), 1) });
    expect(edit).toEqual({ status: "published", slug: word, version: 2 });

    const stale = await refusal(proposeTermChange({ actor: member.actor, input: change(changed, 1) }));
    expect(stale.code).toBe("CONFLICT");
    expect((stale.current as GlossaryTermContent).areas).toEqual(["array-api"]);
    const nothing = await refusal(proposeTermChange({ actor: member.actor, input: change(contentFor(word, { areas: ["array-api"] }), 2) }));
    expect(nothing).toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("changes nothing") });

    // The member's proposal was written against version 1: approving it needs the version the chair compared against.
    const proposalId = sent.status === "proposed" ? sent.proposalId : 0;
    const view = await getGlossaryProposal({ actor: chair.actor, proposalId });
    expect(view).toMatchObject({ isStale: true, canDecide: true, current: { version: 2 } });
    const unseen = await refusal(approveProposal({ actor: chair.actor, input: approveProposalSchema.parse({ proposalId, content: JSON.stringify(changed), termVersion: "1" }) }));
    expect(unseen.code).toBe("CONFLICT");
    await approveProposal({ actor: chair.actor, input: approveProposalSchema.parse({ proposalId, content: JSON.stringify(changed), termVersion: "2" }) });

    const history = await listTermRevisions({ actor: anonymousActor, slug: word });
    expect(history?.revisions.map((revision) => [revision.version, revision.content.aliases, revision.content.areas])).toEqual([
      [3, ["scratch alias"], ["packaging"]],
      [2, [], ["array-api"]],
      [1, [], ["packaging"]],
    ]);
    expect(history?.revisions[0]?.proposedBy).toBe(member.name);
  });

  it("refuses a duplicate headword or alias, in any case, naming the entry that has it; and a second proposal of the same new word", async () => {
    const [chair, user, other] = await Promise.all([createPerson({ role: "chair" }), createPerson({ role: "user" }), createPerson({ role: "user" })]);
    const duplicate = await refusal(proposeTerm({ actor: user.actor, input: proposeInput(contentFor("Module")) }));
    expect(duplicate.code).toBe("INVALID_INPUT");
    expect(duplicate.fieldErrors?.term?.[0]).toContain("/glossary/module");
    const word = uniqueWord();
    await proposeTerm({ actor: chair.actor, input: proposeInput(contentFor(word)) });
    const alias = await refusal(proposeTerm({ actor: user.actor, input: proposeInput(contentFor(uniqueWord(), { aliases: [word.toUpperCase()] })) }));
    expect(alias.fieldErrors?.aliases?.[0]).toContain("already stands for");
    const waiting = uniqueWord();
    await proposeTerm({ actor: user.actor, input: proposeInput(contentFor(waiting)) });
    const again = await refusal(proposeTerm({ actor: other.actor, input: proposeInput(contentFor(waiting.toUpperCase())) }));
    expect(again.fieldErrors?.term?.[0]).toContain("already proposed");
    const unknownArea = await refusal(proposeTerm({ actor: user.actor, input: proposeInput(contentFor(uniqueWord(), { areas: ["no-such-area"] })) }));
    expect(unknownArea.fieldErrors?.areas).toEqual(["Unknown area: no-such-area."]);
    expect(await db.glossaryProposal.count({ where: { proposedById: other.id } })).toBe(0);
  });

  it("refuses visitors, non-chair approvals, a chair deciding their own proposal; the proposer withdraws, a chair declines with a reason", async () => {
    const [user, member, chair] = await Promise.all([createPerson({ role: "user" }), createPerson({ role: "member" }), createPerson({ role: "chair" })]);
    expect((await refusal(proposeTerm({ actor: anonymousActor, input: proposeInput(contentFor(uniqueWord())) }))).code).toBe("UNAUTHENTICATED");
    const first = await proposeTerm({ actor: user.actor, input: proposeInput(contentFor(uniqueWord())) });
    const proposalId = first.status === "proposed" ? first.proposalId : 0;
    const content = JSON.stringify(contentFor(uniqueWord()));
    expect((await refusal(approveProposal({ actor: member.actor, input: approveProposalSchema.parse({ proposalId, content }) }))).code).toBe("FORBIDDEN");
    expect((await refusal(declineProposal({ actor: user.actor, input: declineProposalSchema.parse({ proposalId, reason: "Mine now" }) }))).code).toBe("FORBIDDEN");
    expect(await getGlossaryProposal({ actor: member.actor, proposalId })).toBeNull();
    expect((await refusal(withdrawProposal({ actor: member.actor, input: { proposalId } }))).code).toBe("NOT_FOUND");

    await declineProposal({ actor: chair.actor, input: declineProposalSchema.parse({ proposalId, reason: "Too close to an existing entry." }) });
    expect(await db.glossaryProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ status: "DECLINED", decidedById: chair.id, declineReason: "Too close to an existing entry." });
    expect(await db.notification.findFirst({ where: { userId: user.id, kind: "glossary.declined" }, select: { body: true } })).toEqual({ body: "Too close to an existing entry." });

    const second = await proposeTerm({ actor: user.actor, input: proposeInput(contentFor(uniqueWord())) });
    const secondId = second.status === "proposed" ? second.proposalId : 0;
    await withdrawProposal({ actor: user.actor, input: { proposalId: secondId } });
    const late = await refusal(approveProposal({ actor: chair.actor, input: approveProposalSchema.parse({ proposalId: secondId, content }) }));
    expect(late).toMatchObject({ code: "CONFLICT", message: "The proposer withdrew this proposal." });

    // A person made chair after proposing still cannot approve their own proposal.
    const third = await proposeTerm({ actor: user.actor, input: proposeInput(contentFor(uniqueWord())) });
    const thirdId = third.status === "proposed" ? third.proposalId : 0;
    const own = await refusal(approveProposal({ actor: { userId: user.id, role: "chair" }, input: approveProposalSchema.parse({ proposalId: thirdId, content }) }));
    expect(own.code).toBe("FORBIDDEN");
    expect(await db.glossaryTerm.count({ where: { term: JSON.parse(content).term } })).toBe(0);
  });

  it("refuses at the field a sense without a community, an empty or oversize definition, a javascript: link; renders scripts in definitions harmless", () => {
    const parse = (content: unknown) => proposeTermSchema.safeParse({ content: JSON.stringify(content), reason: "Because." });
    const base = contentFor("anything");
    const issues = (content: unknown) => {
      const parsed = parse(content);
      return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    };
    expect(issues({ ...base, senses: [{ ...base.senses[0], community: undefined }] })).toEqual(["content.senses.0.community: Choose whose reading this sense is: HPC, Python or both."]);
    expect(issues({ ...base, senses: [{ ...base.senses[0], definition: "  " }] })).toEqual(["content.senses.0.definition: Write the definition."]);
    expect(issues({ ...base, senses: [{ ...base.senses[0], definition: "x".repeat(1201) }] })[0]).toContain("Keep the definition under 1,200 characters");
    expect(issues({ ...base, senses: [{ ...base.senses[0], links: [{ title: "Click", url: "javascript:alert(1)" }] }] })).toEqual(["content.senses.0.links.0.url: Give a web address starting with https://."]);
    expect(issues({ ...base, senses: [] })).toEqual(["content.senses: Give the term at least one sense."]);
    expect(issues({ ...base, aliases: ["ANYTHING"] })).toEqual(["content.aliases: An alias repeats the term itself; remove it."]);
    expect(proposeTermSchema.safeParse({ content: "{not json", reason: "Because." }).success).toBe(false);

    // Markdown that is valid text but carries a script or a javascript: link is stored as typed and shown harmless.
    const html = markdownToHtml('A <script>alert(1)</script> [trap](javascript:alert(1)) <img src=x onerror="alert(1)">');
    expect(html).not.toMatch(/<script|javascript:|onerror/i);
    expect(html).toContain("trap");
  });
});

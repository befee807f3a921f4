import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { demoStatements, painPointTitles, type DemoStatement } from "@/lib/seed/demo-statements-content";
import type { SeedStep } from "@/lib/seed/run-seed-steps";
import { castStatementVote } from "@/lib/statements/cast-vote";
import { publishStatement, startReview } from "@/lib/statements/change-statement-stage";
import { closeStatementVote } from "@/lib/statements/close-vote";
import { createStatement } from "@/lib/statements/create-statement";
import { endorseStatement } from "@/lib/statements/endorsements/endorse-statement";
import { addStatementEvidence } from "@/lib/statements/evidence/add-statement-evidence";
import { answerObjection } from "@/lib/statements/objections";
import { openStatementVote } from "@/lib/statements/open-vote";

const day = 86_400_000;

/** When each demo statement's steps happened, in days before the seed ran. */
const timelines: Record<string, { created: number; review?: number; vote?: number; closes?: number; closed?: number }> = {
  "free-threaded-wheels-before-the-default-changes": { created: 60, review: 45, vote: 30, closes: 21, closed: 20 },
  "lazy-imports-for-parallel-file-systems": { created: 40, review: 20, vote: 3, closes: -5 },
  "wheel-variants-for-mpi-and-gpu-builds": { created: 25, review: 4 },
  "environments-on-shared-file-systems": { created: 6 },
};

/** Who voted what in the demo votes: the published one passed with one block that a chair answered. */
const publishedVotes: { email: string; choice: "AGREE" | "ABSTAIN" | "DISAGREE" | "BLOCK"; reason?: string }[] = [
  { email: "charlie.chair@demo.pyhpc.invalid", choice: "AGREE" },
  { email: "chandra.chair@demo.pyhpc.invalid", choice: "AGREE" },
  { email: "mia.member@demo.pyhpc.invalid", choice: "AGREE" },
  { email: "priya.example@demo.pyhpc.invalid", choice: "AGREE" },
  { email: "tomas.fictional@demo.pyhpc.invalid", choice: "AGREE" },
  { email: "aiko.example@demo.pyhpc.invalid", choice: "DISAGREE", reason: "Asking to delay the default puts the burden on CPython. I would rather ask the scientific projects for a timeline." },
  { email: "kofi.example@demo.pyhpc.invalid", choice: "ABSTAIN" },
  { email: "max.member@demo.pyhpc.invalid", choice: "BLOCK", reason: "Point 3 must not read as if abi3t replaces the version-specific ABI: array libraries will keep shipping per-version wheels for performance." },
];

const votingVotes: typeof publishedVotes = [
  { email: "priya.example@demo.pyhpc.invalid", choice: "AGREE" },
  { email: "chandra.chair@demo.pyhpc.invalid", choice: "AGREE" },
  { email: "tomas.fictional@demo.pyhpc.invalid", choice: "DISAGREE", reason: "The standard library part is right, but the Steering Council does not decide what scientific packages do; I would send that half to the projects." },
];

const endorsers: { email: string; affiliation: string; affiliationKind: "hpc-centre" | "university" | "national-lab" | "company" | "other"; isPersonalCapacity?: boolean }[] = [
  { email: "mia.member@demo.pyhpc.invalid", affiliation: "Example Institute of Technology", affiliationKind: "university" },
  { email: "priya.example@demo.pyhpc.invalid", affiliation: "Example Supercomputing Centre", affiliationKind: "hpc-centre" },
  { email: "lena.fictional@demo.pyhpc.invalid", affiliation: "Fictional Climate Institute", affiliationKind: "national-lab", isPersonalCapacity: true },
  { email: "uma.user@demo.pyhpc.invalid", affiliation: "Example University", affiliationKind: "university" },
];

/**
 * The demo statements, taken through the same use cases members and chairs
 * use, on a back-dated clock (`now`), so their records (versions, stage
 * changes, votes, the block and its answer, endorsements) are what the app
 * itself writes.
 */
export const demoStatementsStep: SeedStep = {
  id: "demo:statements",
  description: "Adding the demo statements: one published (with its vote, an answered block and endorsements), one in vote, one in review, one draft",
  async run() {
    const seededAt = new Date();
    const at = (daysAgo: number) => new Date(seededAt.getTime() - daysAgo * day);
    const people = new Map((await db.user.findMany({ where: { isDemo: true }, select: { id: true, email: true, role: true } })).map((person) => [person.email!, person]));
    const actorOf = (email: string): Actor => {
      const person = people.get(email);
      if (!person) throw new Error(`The demo person ${email} is missing; the demo:people and demo:members steps come first.`);
      return { userId: person.id, role: person.role === "CHAIR" ? "chair" : person.role === "ADMIN" ? "admin" : person.role === "MEMBER" ? "member" : "user" };
    };
    const chair = actorOf("charlie.chair@demo.pyhpc.invalid");
    const painIds = new Map((await db.painPoint.findMany({ where: { title: { in: Object.values(painPointTitles) } }, select: { id: true, title: true } })).map((row) => [row.title, row.id]));

    for (const demo of demoStatements) {
      if (await db.statement.findUnique({ where: { slug: demo.slug }, select: { id: true } })) continue;
      const timeline = timelines[demo.slug]!;
      const created = await createStatement({
        actor: actorOf(demo.author),
        now: at(timeline.created),
        input: { title: demo.title, target: demo.target, targetPep: demo.targetPep, targetBody: demo.targetBody, areas: demo.areas, summary: demo.summary, markdown: withPainNumbers(demo, painIds) },
      });
      // The demo's addresses are shorter than the titles' (createStatement takes them from the title).
      const { id: statementId } = await db.statement.update({ where: { slug: created.slug }, data: { slug: demo.slug }, select: { id: true } });
      for (const email of demo.coAuthors) await db.statementAuthor.create({ data: { statementId, userId: actorOf(email).userId!, firstEditAt: at(timeline.created - 1) } });
      for (const link of demo.links) await addStatementEvidence({ actor: actorOf(demo.author), now: at(timeline.created), input: { statementId, kind: "LINK", url: link.url, title: link.title, note: link.note } });
      for (const session of demo.sessions) await addStatementEvidence({ actor: chair, now: at(timeline.created), input: { statementId, kind: "SESSION", session } });

      if (timeline.review === undefined) continue;
      await startReview({ actor: chair, now: at(timeline.review), input: { slug: demo.slug, reason: "The draft covers what the members' meeting agreed; two weeks for comments before the vote." } });
      if (timeline.vote === undefined || timeline.closes === undefined) continue;
      await openStatementVote({
        actor: chair,
        now: at(timeline.vote),
        input: { slug: demo.slug, reason: "Comments are resolved; the text as it stands goes to the vote.", closesAt: at(timeline.closes), isAnonymous: false, hidesResultsUntilClose: false },
      });
      const votes = demo.stage === "PUBLISHED" ? publishedVotes : votingVotes;
      for (const vote of votes) await castStatementVote({ actor: actorOf(vote.email), now: at(timeline.vote - 1), input: { slug: demo.slug, choice: vote.choice, reason: vote.reason } });

      if (demo.stage !== "PUBLISHED" || timeline.closed === undefined) continue;
      const block = await db.statementObjection.findFirst({ where: { statementId, state: "OPEN" }, select: { id: true } });
      if (block) {
        await answerObjection({
          actor: actorOf("chandra.chair@demo.pyhpc.invalid"),
          now: at(timeline.vote - 2),
          input: { objectionId: block.id, response: "Agreed: point 3 now says the stable ABI is for the many small extensions centres build themselves, beside the per-version wheels that performance-critical libraries will keep shipping." },
        });
      }
      await closeStatementVote({ actor: chair, now: at(timeline.closed), input: { slug: demo.slug } });
      await publishStatement({ actor: chair, now: at(timeline.closed), input: { slug: demo.slug, reason: "Passed with quorum; the one block was answered and not disputed. Sent to the PEP 703 discussion thread." } });
      for (const endorser of endorsers) {
        const actor = actorOf(endorser.email);
        const person = people.get(endorser.email)!;
        const name = (await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { name: true } })).name ?? endorser.email;
        await endorseStatement({ actor, now: at(timeline.closed - 2), input: { slug: demo.slug, name, affiliation: endorser.affiliation, affiliationKind: endorser.affiliationKind, isPersonalCapacity: endorser.isPersonalCapacity ?? false } });
      }
    }
  },
};

/** The demo text with each `{pain:key}` replaced by its pain point's reference ("#pain-12"); a missing one is left as plain words. */
function withPainNumbers(demo: DemoStatement, painIds: Map<string, number>) {
  return demo.markdown.replace(/\{pain:(\w+)\}/g, (_match, key: keyof typeof painPointTitles) => {
    const id = painIds.get(painPointTitles[key]);
    return id ? `#pain-${id}` : "a report on the board";
  });
}

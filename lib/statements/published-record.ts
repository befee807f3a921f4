import type { Actor } from "@/lib/permissions";
import { listEndorsements } from "@/lib/statements/endorsements/list-endorsements";
import { listStatementEvidence } from "@/lib/statements/evidence/list-statement-evidence";
import type { ForumStatement } from "@/lib/statements/forum-markdown";
import { getStatement } from "@/lib/statements/get-statement";
import { listObjections } from "@/lib/statements/objections";
import { statementLink } from "@/lib/statements/records";
import { targetLabel } from "@/lib/statements/target-label";
import { getVoteResults } from "@/lib/statements/vote-results";
import { AppError } from "@/lib/errors";

const outcomeWords = { OPEN: "still open", WITHDRAWN: "withdrawn by its author", ADDRESSED: "answered by a chair and not disputed", OVERRULED: "overruled by the group" } as const;

/**
 * Everything a published statement's record holds, as the export and the
 * API give it: the agreed text and its version, the evidence with links, the
 * vote (names unless it was anonymous), every objection and what became of
 * it, and the endorsers. Only a published statement has one.
 */
export async function getPublishedRecord({ actor, slug, origin }: { actor: Actor; slug: string; origin: string }): Promise<ForumStatement & { slug: string; areas: string[] }> {
  const statement = await getStatement({ actor, input: { slug } });
  if (statement.stage !== "PUBLISHED" || !statement.publishedAt) throw new AppError("NOT_FOUND", "That statement has not been published.");
  const [evidence, results, objections, endorsements] = await Promise.all([
    listStatementEvidence({ actor, statementId: statement.id }),
    getVoteResults({ actor, input: { slug } }),
    listObjections({ actor, input: { slug } }),
    listEndorsements({ actor, slug }),
  ]);
  const tally = results.tally;
  const endorser = (item: (typeof endorsements.members)[number]) => ({ name: item.name, affiliation: item.affiliation, isPersonalCapacity: item.isPersonalCapacity });
  return {
    slug: statement.slug,
    areas: statement.areas,
    title: statement.title,
    url: `${origin}${statementLink(statement.slug)}`,
    target: targetLabel(statement),
    summary: statement.summary,
    markdown: statement.markdown,
    publishedAt: statement.publishedAt,
    textVersion: statement.publishedVersionNumber ?? 1,
    evidence: [
      ...evidence.peps.map((item) => ({ label: `PEP ${item.pepNumber}${item.title ? ` – ${item.title}` : ""}`, url: `https://peps.python.org/pep-${String(item.pepNumber).padStart(4, "0")}/` })),
      ...evidence.painPoints.map((item) => ({ label: `Pain point #${item.painPointId}: ${item.title} (${item.affectedSummary})`, url: `${origin}/pain-points/${item.painPointId}` })),
      ...evidence.sessions.map((item) => ({ label: `Session notes: ${item.title}`, url: `${origin}${item.notesHref}` })),
      ...evidence.statements.map((item) => ({ label: `Statement: ${item.title}`, url: `${origin}${statementLink(item.slug)}` })),
      ...evidence.links.map((item) => ({ label: `${item.title} (${item.host})`, url: item.url })),
    ],
    vote:
      results.round && tally
        ? {
            isAnonymous: results.round.isAnonymous,
            eligibleCount: results.round.eligibleCount,
            counts: { AGREE: tally.agree, ABSTAIN: tally.abstain, DISAGREE: tally.disagree, BLOCK: tally.block },
            silentCount: tally.silentAbstain,
            voters: results.voters.flatMap((voter) => (voter.choice ? [{ name: voter.label, choice: voter.choice, reason: voter.reason }] : [])),
          }
        : null,
    objections: objections.map((objection) => ({ author: objection.authorName, reason: objection.reason, outcome: outcomeWords[objection.state], response: objection.response })),
    endorsements: { members: endorsements.members.filter((item) => !item.withdrawnAt).map(endorser), others: endorsements.others.filter((item) => !item.withdrawnAt).map(endorser) },
  };
}

import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { startReview } from "@/lib/statements/change-statement-stage";
import { createStatement } from "@/lib/statements/create-statement";
import { openStatementVote } from "@/lib/statements/open-vote";

export const day = 86_400_000;
export const daysAfter = (start: Date, days: number) => new Date(start.getTime() + days * day);

/** A PEP in the index, for statements that target one. */
export function createPep(number = 703) {
  return db.pep.upsert({
    where: { number },
    create: {
      number,
      title: `PEP ${number} for tests`,
      authors: "A. Author",
      authorNames: ["A. Author"],
      status: "Accepted",
      type: "StandardsTrack",
      topics: [],
      pythonVersions: [],
      requires: [],
      replaces: [],
      supersededBy: [],
      url: `https://peps.python.org/pep-${number}/`,
    },
    update: {},
  });
}

/** What the drafting form sends for a valid statement; override any field. */
export function statementInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "Free-threaded Python on shared clusters",
    target: "GENERAL",
    areas: ["concurrency"],
    summary: "The working group asks that free-threaded builds be tested on the schedulers HPC centres run.",
    markdown: "# Free-threading\n\nFirst paragraph.\n",
    ...overrides,
  };
}

/** A statement taken to review at `reviewAt` by `chair`, drafted by `author`. */
export async function statementInReview(author: Actor, chair: Actor, reviewAt: Date, overrides: Record<string, unknown> = {}) {
  const statement = await createStatement({ actor: author, input: statementInput(overrides), now: reviewAt });
  await startReview({ actor: chair, input: { slug: statement.slug, reason: "Ready for the group to read." }, now: reviewAt });
  return statement;
}

/** A statement in its vote: review at `start`, vote opened a day later, closing eight days after `start`. */
export async function statementInVote(author: Actor, chair: Actor, start: Date, options: { isAnonymous?: boolean; hidesResultsUntilClose?: boolean } = {}) {
  const statement = await statementInReview(author, chair, start);
  await openStatementVote({
    actor: chair,
    input: { slug: statement.slug, reason: "Review period over.", closesAt: daysAfter(start, 8).toISOString(), isAnonymous: options.isAnonymous ?? false, hidesResultsUntilClose: options.hidesResultsUntilClose ?? false },
    now: daysAfter(start, 1),
  });
  return statement;
}

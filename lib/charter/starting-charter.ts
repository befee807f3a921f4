import type { DatabaseTransaction } from "@/lib/db";
import { defaultCharterSettings } from "@/lib/charter/schemas";

/**
 * The charter a new deployment starts from, for its chairs to adapt: the
 * Birds-of-a-Feather's stated outcome, a decision process a sceptical core
 * developer can check, and the settings' defaults.
 */
export const startingCharter = {
  purpose: [
    "The Python-on-HPC working group speaks for the people who run Python on high-performance computing systems — at supercomputing centres, universities, national laboratories and companies — to the Python Steering Council, the Python Software Foundation and the maintainers of the scientific Python stack.",
    "",
    "We collect what hurts (start-up time on shared filesystems, packaging for clusters, free-threading and parallelism, accelerators), track the Python Enhancement Proposals that change it, and send statements that rest on evidence.",
  ].join("\n"),
  decisionMaking: [
    "- **Who decides.** Active members decide; chairs run the process and may not decide on their own requests.",
    "- **Statements** are drafted together, reviewed for at least the minimum review time, then put to a vote. A vote counts when the quorum took part, and passes with the pass threshold of the votes for and against.",
    "- **Objections** are answered in writing before a vote closes; each one and what became of it is published with the statement.",
    "- **Silence** for longer than the charter says counts as abstaining.",
    "- **This charter** is changed by the chairs, every change kept as a version with its reason and shown as a diff.",
  ].join("\n"),
  codeOfConduct: [
    "We follow the [Python Software Foundation's Code of Conduct](https://policies.python.org/python.org/code-of-conduct/).",
    "",
    "Be open, considerate and respectful. Assume good faith, especially across the two communities we bridge: the same word (module, package, environment, job) often means different things to HPC and to Python people. Report problems to the chairs; they answer every report.",
  ].join("\n"),
} as const;

/** Writes version 1 when there is no charter yet (every deployment starts with one). */
export async function createStartingCharter(tx: DatabaseTransaction, scopeAreas: string[]) {
  if ((await tx.charterVersion.count()) > 0) return;
  await tx.charterVersion.create({
    data: { version: 1, ...startingCharter, scopeAreas: [...scopeAreas].sort(), ...defaultCharterSettings, reason: "The starting charter, for the chairs to adapt.", editedById: null },
  });
}

/**
 * A published statement as Markdown for posting to discuss.python.org:
 * title, summary, the agreed text, what it rests on, how the group voted
 * (names unless the vote was anonymous), every objection and what became of
 * it, and who endorsed it. Discourse renders CommonMark, so plain headings,
 * lists and block quotes are all it needs.
 */
export interface ForumStatement {
  title: string;
  url: string;
  target: string;
  summary: string;
  markdown: string;
  publishedAt: Date;
  textVersion: number;
  evidence: { label: string; url: string }[];
  vote: {
    isAnonymous: boolean;
    eligibleCount: number;
    counts: Record<"AGREE" | "ABSTAIN" | "DISAGREE" | "BLOCK", number>;
    /** Members counted as abstaining because they stayed silent past the charter's period. */
    silentCount: number;
    /** Names (or "Member 3" in an anonymous vote) by choice, with the reason when one was given. */
    voters: { name: string; choice: "AGREE" | "ABSTAIN" | "DISAGREE" | "BLOCK"; reason: string | null }[];
  } | null;
  objections: { author: string; reason: string; outcome: string; response: string | null }[];
  endorsements: { members: EndorserLine[]; others: EndorserLine[] };
}

interface EndorserLine {
  name: string;
  affiliation: string;
  isPersonalCapacity: boolean;
}

const choiceWords = { AGREE: "Agree", ABSTAIN: "Abstain", DISAGREE: "Disagree", BLOCK: "Block" } as const;

/** Quotes text as a Markdown block quote, line by line, so a person's words cannot start headings or lists of the post. */
const quoted = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");

const endorserLine = (endorser: EndorserLine) => `- ${endorser.name}, ${endorser.affiliation}${endorser.isPersonalCapacity ? " (in a personal capacity)" : ""}`;

export function statementAsForumMarkdown(statement: ForumStatement): string {
  const day = statement.publishedAt.toISOString().slice(0, 10);
  const parts: string[] = [
    `# ${statement.title}`,
    `*A position statement of the Python-on-HPC working group, to ${statement.target}. Published ${day} (text version ${statement.textVersion}). Permanent page: ${statement.url}*`,
    `## Summary\n\n${statement.summary.trim()}`,
    `## Statement\n\n${statement.markdown.trim()}`,
  ];
  if (statement.evidence.length) parts.push(`## Evidence\n\n${statement.evidence.map((item) => `- [${item.label.replaceAll("]", "\\]")}](${item.url})`).join("\n")}`);
  if (statement.vote) {
    const { counts, eligibleCount, silentCount, isAnonymous, voters } = statement.vote;
    const tally = (Object.keys(choiceWords) as (keyof typeof choiceWords)[]).map((choice) => `${choiceWords[choice]}: ${counts[choice]}`).join(" · ");
    const lines = [`${tally} (of ${eligibleCount} active members${silentCount ? `; ${silentCount} silent, counted as abstaining` : ""})`];
    if (isAnonymous) lines.push("", "The vote was anonymous.");
    const withNames = voters.map((voter) => `- ${voter.name}: ${choiceWords[voter.choice]}${voter.reason ? ` — ${voter.reason.replace(/\s+/g, " ").trim()}` : ""}`);
    if (withNames.length) lines.push("", ...withNames);
    parts.push(`## Vote\n\n${lines.join("\n")}`);
  }
  if (statement.objections.length) {
    parts.push(
      `## Objections and what became of them\n\n${statement.objections
        .map((objection) => [`**${objection.author}** — ${objection.outcome}`, quoted(objection.reason), objection.response ? `Answer:\n\n${quoted(objection.response)}` : ""].filter(Boolean).join("\n\n"))
        .join("\n\n")}`,
    );
  }
  const { members, others } = statement.endorsements;
  if (members.length || others.length) {
    const groups = [members.length ? `Members of the working group (${members.length}):\n\n${members.map(endorserLine).join("\n")}` : "", others.length ? `Others (${others.length}):\n\n${others.map(endorserLine).join("\n")}` : ""];
    parts.push(`## Endorsed by\n\n${groups.filter(Boolean).join("\n\n")}`);
  }
  return `${parts.join("\n\n")}\n`;
}

import { describe, expect, it } from "vitest";
import { statementAsForumMarkdown, type ForumStatement } from "@/lib/statements/forum-markdown";

const statement = (overrides: Partial<ForumStatement> = {}): ForumStatement => ({
  title: "Free-threaded wheels on clusters",
  url: "https://hub.example/statements/free-threaded-wheels",
  target: "PEP 703",
  summary: "Centres need cp314t wheels for the scientific stack.",
  markdown: "## Why\n\nOur users run on 128-core nodes.",
  publishedAt: new Date("2026-11-20T10:00:00Z"),
  textVersion: 4,
  evidence: [{ label: "PEP 703 – Making the GIL optional", url: "https://hub.example/peps/703" }],
  vote: {
    isAnonymous: false,
    eligibleCount: 12,
    counts: { AGREE: 8, ABSTAIN: 1, DISAGREE: 1, BLOCK: 0 },
    silentCount: 2,
    voters: [
      { name: "Ana Admin", choice: "AGREE", reason: null },
      { name: "Dev Disagree", choice: "DISAGREE", reason: "Too early:\nwait for 3.15." },
    ],
  },
  objections: [{ author: "Bo Blocker", reason: "# Not yet\n- numpy is not ready", outcome: "Addressed by a chair", response: "The text now says 'when numpy ships'." }],
  endorsements: { members: [{ name: "Mia Member", affiliation: "Example HPC Centre", isPersonalCapacity: false }], others: [{ name: "Oli Outsider", affiliation: "Example University", isPersonalCapacity: true }] },
  ...overrides,
});

describe("a published statement as forum Markdown", () => {
  it("has the title, the target and version, the text, the evidence as links, the tally with names and reasons, objections and endorsers", () => {
    const text = statementAsForumMarkdown(statement());
    expect(text).toMatch(/^# Free-threaded wheels on clusters\n/);
    expect(text).toContain("to PEP 703. Published 2026-11-20 (text version 4)");
    expect(text).toContain("## Statement\n\n## Why\n\nOur users run on 128-core nodes.");
    expect(text).toContain("- [PEP 703 – Making the GIL optional](https://hub.example/peps/703)");
    expect(text).toContain("Agree: 8 · Abstain: 1 · Disagree: 1 · Block: 0 (of 12 active members; 2 silent, counted as abstaining)");
    expect(text).toContain("- Dev Disagree: Disagree — Too early: wait for 3.15.");
    expect(text).toContain("- Oli Outsider, Example University (in a personal capacity)");
    expect(text).toContain("Members of the working group (1):");
  });

  it("quotes an objection line by line, so its words cannot become headings or lists of the post", () => {
    const text = statementAsForumMarkdown(statement());
    expect(text).toContain("**Bo Blocker** — Addressed by a chair\n\n> # Not yet\n> - numpy is not ready");
    expect(text).not.toMatch(/^# Not yet/m);
  });

  it("leaves out the sections a statement does not have, and says when a vote was anonymous", () => {
    const bare = statementAsForumMarkdown(statement({ evidence: [], objections: [], endorsements: { members: [], others: [] } }));
    expect(bare).not.toContain("## Evidence");
    expect(bare).not.toContain("## Objections");
    expect(bare).not.toContain("## Endorsed by");
    const anonymous = statementAsForumMarkdown(statement({ vote: { ...statement().vote!, isAnonymous: true, voters: [{ name: "Member 1", choice: "AGREE", reason: null }] } }));
    expect(anonymous).toContain("The vote was anonymous.");
    expect(anonymous).toContain("- Member 1: Agree");
  });
});

import { describe, expect, it } from "vitest";
import { markdownToHtml } from "@/lib/markdown/render-markdown";
import { asLinkText, asMarkdownQuote, descriptionFrom, titleFrom } from "@/lib/pain-points/origin-prefill";
import { limits, reportSchema } from "@/lib/pain-points/schemas";

/** The report form filled from a session: a title from the first sentence, the text quoted with where it was raised. */

describe("titleFrom", () => {
  it("takes the first sentence of a question", () => {
    expect(titleFrom("Why does import numpy take 40 s on Lustre? We see it on 512 nodes. Any ideas?")).toBe("Why does import numpy take 40 s on Lustre?");
  });

  it("goes on past a first sentence too short to be a title", () => {
    expect(titleFrom("Hi. Why do MPI wheels break on our Cray?")).toBe("Hi. Why do MPI wheels break on our Cray?");
  });

  it("joins lines and drops leading Markdown from a notes passage", () => {
    expect(titleFrom("## Packaging\n- MPI wheels link the wrong libmpi\n- sites rebuild them")).toBe("Packaging MPI wheels link the wrong libmpi sites rebuild them");
    expect(titleFrom("1. Conda envs on GPFS are slow to activate.\n2. Second point")).toBe("Conda envs on GPFS are slow to activate.");
  });

  it("cuts a long first sentence at a word, under the title limit, so the schema accepts it", () => {
    const long = `${"Loading the scientific Python stack from a shared parallel filesystem ".repeat(4)}is slow.`;
    const title = titleFrom(long);
    expect(title.length).toBeLessThanOrEqual(limits.title);
    expect(title.endsWith("…")).toBe(true);
    expect(title).not.toMatch(/\s…$/);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(reportSchema.shape.title.safeParse(title).success).toBe(true);
  });
});

describe("the description", () => {
  it("quotes every line, blank ones inside the quote", () => {
    expect(asMarkdownQuote("  First line\n\nThird line  \n")).toBe("> First line\n>\n> Third line");
  });

  it("names the session as a link whose text cannot break out of its brackets", () => {
    expect(asLinkText("BoF [SC25]\\ \n notes")).toBe("BoF \\[SC25\\]\\\\ notes");
    const description = descriptionFrom({ quote: "Will lazy imports help?", session: { title: "The [Future] of Python", slug: "sc25-bof" } });
    expect(description).toBe("> Will lazy imports help?\n\nRaised in [The \\[Future\\] of Python](/sessions/sc25-bof)");
    const html = markdownToHtml(description);
    expect(html).toContain("<blockquote>");
    expect(html).toContain('<a href="/sessions/sc25-bof">The [Future] of Python</a>');
  });
});

import { describe, expect, it } from "vitest";
import { glossaryToMarkdown, glossaryToRst, markdownToRst } from "@/lib/glossary/glossary-export";
import type { GlossaryTermContent } from "@/lib/glossary/glossary-content";
import { termContentAsText } from "@/lib/glossary/term-text";

const moduleTerm: GlossaryTermContent & { slug: string } = {
  slug: "module",
  term: "module",
  aliases: ["environment module"],
  areas: [],
  related: [],
  senses: [
    { community: "hpc", subCommunity: "Lmod", note: "Software you `module load`.", definition: "An *Lmod* file that sets `PATH`; see [Lmod](https://lmod.readthedocs.io/).", example: "Run `module load python`.", links: [{ title: "Lmod", url: "https://lmod.readthedocs.io/" }] },
    { community: "python", note: "A file you import.", definition: "A `.py` file.", example: "Import the module.", links: [] },
  ],
};

describe("glossary exports", () => {
  it("writes a Sphinx glossary directive with aliases as extra term lines and each sense labelled", () => {
    const rst = glossaryToRst([moduleTerm], { title: "Glossary", source: "https://hub.example/glossary" });
    expect(rst).toContain(".. glossary::\n   :sorted:\n\n   module\n   environment module\n      **HPC · Lmod**: Software you ``module load``.\n\n      An *Lmod* file that sets ``PATH``; see `Lmod <https://lmod.readthedocs.io/>`__.");
    expect(rst).toContain("      **Python**: A file you import.");
    expect(rst).toContain("      - `Lmod <https://lmod.readthedocs.io/>`__");
  });

  it("escapes reStructuredText markup in plain text", () => {
    expect(markdownToRst("a_b and *x*")).toBe("a\\_b and *x*");
  });

  it("writes a Markdown definition list, one definition per sense", () => {
    const markdown = glossaryToMarkdown([moduleTerm], { title: "Glossary", source: "https://hub.example/glossary" });
    expect(markdown).toContain("module (also: environment module)\n:   **HPC · Lmod**: Software you `module load`.\n\n    An *Lmod* file");
    expect(markdown).toContain(":   **Python**: A file you import.");
  });

  it("shows a term's content as lines a diff can compare", () => {
    expect(termContentAsText(moduleTerm).split("\n").slice(0, 4)).toEqual(["Term: module", "Also written: environment module", "", "Sense 1 (HPC · Lmod)"]);
  });
});

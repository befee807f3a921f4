import { toHtml } from "hast-util-to-html";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownView } from "@/components/markdown/markdown-view";
import type { GlossaryIndex, GlossaryIndexTerm } from "@/lib/glossary/glossary-index";
import { describeGlossaryTerm, senseNoteParts } from "@/lib/glossary/sense-note";
import { compileGlossaryMatcher, markedSlugs, unmarkTerms } from "@/lib/glossary/term-marking";
import { markdownToHast, markdownToHtml, markdownToPlainText } from "@/lib/markdown/render-markdown";

function term(slug: string, forms: string[]): GlossaryIndexTerm {
  return {
    slug,
    term: forms[0]!,
    forms,
    senses: [
      { community: "HPC", note: `the HPC reading of ${forms[0]}` },
      { community: "Python", note: `the Python reading of ${forms[0]}` },
    ],
  };
}

const glossary: GlossaryIndex = {
  version: "test-1",
  terms: [
    {
      slug: "module",
      term: "module",
      forms: ["module"],
      senses: [
        { community: "HPC", note: "a software package you load with `module load`" },
        { community: "Python", note: "a `.py` file you import." },
      ],
    },
    // Listed before the longer terms they begin, so the order of the index cannot decide which wins.
    term("environment", ["environment"]),
    term("mpi", ["MPI"]),
    term("environment-module", ["environment module", "Lmod module"]),
    term("gil", ["GIL", "global interpreter lock"]),
    term("abi", ["ABI"]),
    term("library", ["library"]),
    term("process", ["process"]),
    term("rank", ["rank"]),
    term("mpi-rank", ["MPI rank"]),
    term("cpp", ["C++"]),
    term("sys-path", ["sys.path"]),
    term("free-threading", ["free-threading", "free-threaded"]),
    term("threading", ["threading"]),
  ],
};

const mark = (slug: string, text: string) => `<glossary-term data-slug="${slug}">${text}</glossary-term>`;
const render = (source: string) => toHtml(markdownToHast(source, { glossary }));
const marks = (source: string) => [...render(source).matchAll(/<glossary-term data-slug="([^"]+)">([^<]*)<\/glossary-term>/g)].map((match) => [match[1], match[2]]);

describe("glossary term marking", () => {
  it("marks the first occurrence of a term only", () => {
    expect(render("A module here, a module there.\n\nAnd a module in the next paragraph.")).toBe(`<p>A ${mark("module", "module")} here, a module there.</p>\n<p>And a module in the next paragraph.</p>`);
  });

  it("matches whatever the case, and keeps the text as written", () => {
    expect(render("Module loading is slow.")).toBe(`<p>${mark("module", "Module")} loading is slow.</p>`);
    expect(marks("MODULE")).toEqual([["module", "MODULE"]]);
  });

  it("matches a form written in capitals only in capitals", () => {
    expect(render("The gilded cage, the gil, then the GIL's cost.")).toBe(`<p>The gilded cage, the gil, then the ${mark("gil", "GIL")}'s cost.</p>`);
    expect(marks("a gil and a Gil")).toEqual([]);
    // Its other, lowercase form is case-insensitive as usual.
    expect(marks("The Global Interpreter Lock")).toEqual([["gil", "Global Interpreter Lock"]]);
  });

  it("matches the plural of the last word", () => {
    expect(marks("Two modules, three processes, some libraries and their ABIs.")).toEqual([
      ["module", "modules"],
      ["process", "processes"],
      ["library", "libraries"],
      ["abi", "ABIs"],
    ]);
    expect(marks("environment modules")).toEqual([["environment-module", "environment modules"]]);
    expect(marks("ABIS, moduless, librarys")).toEqual([]);
  });

  it("matches whole words only: not inside other words, identifiers, hyphenated words or dotted names", () => {
    expect(marks("submodule, modules_x, module2, module-level, _module, numpy.module, lib/module")).toEqual([]);
    expect(marks("free-threading and threading")).toEqual([
      ["free-threading", "free-threading"],
      ["threading", "threading"],
    ]);
    expect(marks("non-threading")).toEqual([]);
    expect(render("See (module), then.")).toBe(`<p>See (${mark("module", "module")}), then.</p>`);
    expect(render("It ends with a module.")).toBe(`<p>It ends with a ${mark("module", "module")}.</p>`);
  });

  it("leaves inline code, code blocks, links and headings as they are, and marks the term where it next appears in prose", () => {
    expect(render("`module`\n\n```\nmodule load python\n```\n\n    module avail\n\n[module](https://example.org/) <https://example.org/module>\n\n# The module system\n\nA module.")).toBe(
      [
        "<p><code>module</code></p>",
        "<pre><code>module load python\n</code></pre>",
        "<pre><code>module avail\n</code></pre>",
        '<p><a href="https://example.org/" rel="nofollow noopener noreferrer ugc">module</a> <a href="https://example.org/module" rel="nofollow noopener noreferrer ugc">https://example.org/module</a></p>',
        "<h2>The module system</h2>",
        `<p>A ${mark("module", "module")}.</p>`,
      ].join("\n"),
    );
  });

  it("marks inside emphasis, list items and table cells", () => {
    expect(render("- **module**\n\n| a |\n|---|\n| ABI |")).toContain(`<li><strong>${mark("module", "module")}</strong></li>`);
    expect(render("- **module**\n\n| a |\n|---|\n| ABI |")).toContain(`<td>${mark("abi", "ABI")}</td>`);
  });

  it("matches a multi-word term across any whitespace, a line break included", () => {
    expect(render("Load the environment\nmodule first.")).toBe(`<p>Load the ${mark("environment-module", "environment\nmodule")} first.</p>`);
    expect(marks("an MPI   rank")).toEqual([["mpi-rank", "MPI   rank"]]);
  });

  it("prefers the leftmost, then the longest, of overlapping terms", () => {
    expect(marks("The environment module sets up the environment; each module, each MPI rank, each rank, all of MPI.")).toEqual([
      ["environment-module", "environment module"],
      ["environment", "environment"],
      ["module", "module"],
      ["mpi-rank", "MPI rank"],
      ["rank", "rank"],
      ["mpi", "MPI"],
    ]);
    // A later "module" inside an "environment module" belongs to the longer term, so "module" is marked where it stands alone.
    expect(marks("An environment module, another environment module, a module.")).toEqual([
      ["environment-module", "environment module"],
      ["module", "module"],
    ]);
  });

  it("matches forms holding regular-expression syntax literally", () => {
    expect(marks("C++ and sys.path.")).toEqual([
      ["cpp", "C++"],
      ["sys-path", "sys.path"],
    ]);
    expect(marks("sysXpath, C+, Cpp, C++17")).toEqual([]);
  });

  it("marks two different terms in one document, each once", () => {
    expect(render("The GIL and the module.\n\nThe module and the GIL.")).toBe(`<p>The ${mark("gil", "GIL")} and the ${mark("module", "module")}.</p>\n<p>The module and the GIL.</p>`);
  });

  it("marks nothing without a glossary, or with an empty one", () => {
    expect(toHtml(markdownToHast("A module and the GIL."))).toBe("<p>A module and the GIL.</p>");
    expect(markdownToHtml("A module and the GIL.")).toBe("<p>A module and the GIL.</p>");
    expect(toHtml(markdownToHast("A module.", { glossary: { version: "empty", terms: [] } }))).toBe("<p>A module.</p>");
    expect(markdownToPlainText("A **module**.")).toBe("A module .");
  });

  it("keeps the output sanitized", () => {
    const html = render('[module](javascript:alert(1)) <script>alert("module")</script> module <img src=x onerror="alert(1)">');
    expect(html).not.toMatch(/javascript:|<script|onerror/i);
    // Raw HTML is dropped and the text between its tags kept as text, as without a glossary.
    expect(html).toBe(`<p><a>module</a> alert("${mark("module", "module")}") module </p>`);
  });

  it("leaves PEP and report links the renderer makes unmarked", () => {
    const withPep: GlossaryIndex = { version: "pep", terms: [term("pep", ["PEP"])] };
    expect(toHtml(markdownToHast("PEP 703 is a PEP.", { glossary: withPep }))).toBe(`<p><a href="/peps/703" class="pep-link">PEP 703</a> is a ${mark("pep", "PEP")}.</p>`);
  });
});

describe("the glossary matcher", () => {
  it("is compiled once per index object", () => {
    expect(compileGlossaryMatcher(glossary)).toBe(compileGlossaryMatcher(glossary));
    expect(compileGlossaryMatcher({ ...glossary })).not.toBe(compileGlossaryMatcher(glossary));
  });

  it("gives every occurrence with its offsets and term", () => {
    const found = [...compileGlossaryMatcher(glossary).matches("module, Modules")].map(({ start, end, text, term }) => ({ start, end, text, slug: term.slug }));
    expect(found).toEqual([
      { start: 0, end: 6, text: "module", slug: "module" },
      { start: 8, end: 15, text: "Modules", slug: "module" },
    ]);
  });

  it("looks terms up by slug", () => {
    expect(compileGlossaryMatcher(glossary).termBySlug("abi")?.term).toBe("ABI");
    expect(compileGlossaryMatcher(glossary).termBySlug("nothing")).toBeUndefined();
  });
});

describe("sense notes", () => {
  it("split backtick spans out as code", () => {
    expect(senseNoteParts("load it with `module load` first")).toEqual([
      { text: "load it with ", isCode: false },
      { text: "module load", isCode: true },
      { text: " first", isCode: false },
    ]);
    expect(senseNoteParts("an unclosed ` stays")).toEqual([{ text: "an unclosed ` stays", isCode: false }]);
  });

  it("describe a term for screen readers as its communities' readings", () => {
    expect(describeGlossaryTerm(glossary.terms[0]!)).toBe("Glossary term: HPC: a software package you load with module load; Python: a .py file you import.");
  });
});

describe("marked terms in rendered Markdown", () => {
  const html = renderToString(createElement(MarkdownView, { source: "Load the module.\n\nAnother module.", glossary }));

  it("render the first occurrence as a button in the text, described by both readings without adding to the sentence's text", () => {
    expect(html).toMatch(/<button type="button" class="[^"]*" aria-expanded="false" aria-description="Glossary term: HPC: a software package you load with module load; Python: a .py file you import." data-slug="module">module<\/button>/);
    expect(html).toContain('<p>Load the <span class="glossary-term"><button');
    expect(html).toContain("module</button></span>.</p>");
    expect(html.match(/<button type="button" class="glossary-term-trigger/g)).toHaveLength(1);
    expect(html).toContain("<p>Another module.</p>");
    expect(html).toMatch(/^<div class="prose-hub outline-none" data-glossary-scope="" tabindex="-1">/);
  });

  it("send no popover until it is opened (its senses, full entry and off switch are checked in the browser tests)", () => {
    expect(html).not.toContain('popover="manual"');
    expect(html).not.toContain("Turn off term marks");
  });

  it("are plain text without a glossary", () => {
    expect(renderToString(createElement(MarkdownView, { source: "Load the module." }))).toBe('<div class="prose-hub"><p>Load the module.</p></div>');
  });
});

describe("marks across a page's Markdown blocks", () => {
  it("lists the marked terms of a rendered tree in document order", () => {
    expect(markedSlugs(markdownToHast("The GIL and the module.", { glossary }))).toEqual(["gil", "module"]);
    expect(markedSlugs(markdownToHast("Nothing here.", { glossary }))).toEqual([]);
  });

  it("makes the given terms plain text again in a copy, leaving the kept tree as it was", () => {
    const tree = markdownToHast("The GIL and the *module*.", { glossary });
    const before = toHtml(tree);
    const copy = unmarkTerms(tree, new Set(["module"]));
    expect(toHtml(copy)).toBe('<p>The <glossary-term data-slug="gil">GIL</glossary-term> and the <em>module</em>.</p>');
    expect(toHtml(tree)).toBe(before);
  });
});

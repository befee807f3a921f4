import { describe, expect, it } from "vitest";
import { parseHeadline } from "@/lib/search/highlights";
import { pepNumbersIn, readSearchParams } from "@/lib/search/schemas";
import { searchHref } from "@/lib/search/search-url";

describe("reading ts_headline's output", () => {
  it("splits it into text and marked matches, and puts back the stand-in for <", () => {
    expect(parseHeadline("Every \uE000rank\uE001 walks \uE002b>sys.path")).toEqual([
      { text: "Every ", isMatch: false },
      { text: "rank", isMatch: true },
      { text: " walks <b>sys.path", isMatch: false },
    ]);
  });

  it("collapses line breaks and runs of spaces, and trims the ends", () => {
    expect(parseHeadline("\n## Notes\n\n- \uE000lock\uE001  cost\n")).toEqual([
      { text: "## Notes - ", isMatch: false },
      { text: "lock", isMatch: true },
      { text: " cost", isMatch: false },
    ]);
  });

  it("marks a hyphenated word as one match", () => {
    expect(parseHeadline("\uE000Free\uE001-\uE000threaded\uE001 builds - \uE000lock\uE001 - \uE000free\uE001")).toEqual([
      { text: "Free-threaded", isMatch: true },
      { text: " builds - ", isMatch: false },
      { text: "lock", isMatch: true },
      { text: " - ", isMatch: false },
      { text: "free", isMatch: true },
    ]);
  });

  it("drops Markdown's noise from passages of Markdown, and only there", () => {
    const markdown = "## Async\n- [ ] Draft a **statement** on \uE000free\uE001-\uE000threading\uE001\n* use `uv` on C#";
    expect(parseHeadline(markdown, { isMarkdown: true })).toEqual([
      { text: "Async Draft a statement on ", isMatch: false },
      { text: "free-threading", isMatch: true },
      { text: " use uv on C#", isMatch: false },
    ]);
    expect(parseHeadline("The `__future__` module")).toEqual([{ text: "The `__future__` module", isMatch: false }]);
  });

  it("survives unbalanced markers", () => {
    expect(parseHeadline("a\uE001b\uE000c")).toEqual([
      { text: "ab", isMatch: false },
      { text: "c", isMatch: true },
    ]);
    expect(parseHeadline("")).toEqual([]);
  });
});

describe("PEP numbers in a search", () => {
  it("reads a bare number or PEP n, alone or among words", () => {
    expect(pepNumbersIn("703")).toEqual([703]);
    expect(pepNumbersIn(" PEP 0703 ")).toEqual([703]);
    expect(pepNumbersIn("pep-8")).toEqual([8]);
    expect(pepNumbersIn("PEP 703 and pep 810 free-threading")).toEqual([703, 810]);
    expect(pepNumbersIn("python 3.13 on 512 nodes")).toEqual([]);
  });
});

describe("search URLs", () => {
  it("reads q, kind and page leniently, naming what it ignored", () => {
    expect(readSearchParams({ q: "lock", kind: "notes", page: "2" })).toEqual({ q: "lock", kind: "notes", page: 2, problems: [] });
    expect(readSearchParams({ q: ["a", "b"], kind: "glossary", page: "-3" })).toEqual({ q: "a", kind: undefined, page: 1, problems: ["kind “glossary” is not one of: peps, pain-points, notes, statements"] });
    expect(readSearchParams(new URLSearchParams("kind=&page=x"))).toEqual({ q: "", kind: undefined, page: 1, problems: [] });
  });

  it("writes them back without defaults", () => {
    expect(searchHref({ q: "PEP 703" })).toBe("/search?q=PEP+703");
    expect(searchHref({ q: "lock", kind: "pain-points", page: 1 })).toBe("/search?q=lock&kind=pain-points");
    expect(searchHref({ q: "lock", kind: "notes", page: 3 })).toBe("/search?q=lock&kind=notes&page=3");
    expect(searchHref({})).toBe("/search");
  });
});

import { describe, expect, it } from "vitest";
import { markdownToHtml } from "@/lib/markdown/render-markdown";

describe("#pain-N mentions", () => {
  it("link to the report", () => {
    expect(markdownToHtml("Slow imports (#pain-123), see also #pain-7.")).toBe(
      '<p>Slow imports (<a href="/pain-points/123" class="pain-point-link">#pain-123</a>), see also <a href="/pain-points/7" class="pain-point-link">#pain-7</a>.</p>',
    );
  });

  it("link beside PEP mentions in the same text", () => {
    const html = markdownToHtml("PEP 703 would fix #pain-42.");
    expect(html).toContain('<a href="/peps/703" class="pep-link">PEP 703</a>');
    expect(html).toContain('<a href="/pain-points/42" class="pain-point-link">#pain-42</a>');
  });

  it("link inside emphasis and list items", () => {
    expect(markdownToHtml("- **#pain-5** hurts")).toContain('<strong><a href="/pain-points/5" class="pain-point-link">#pain-5</a></strong>');
  });

  it("stay as written in inline code and code blocks", () => {
    const html = markdownToHtml("`#pain-1`\n\n```\n#pain-2\n```\n\n    #pain-3");
    expect(html).not.toContain("pain-point-link");
    expect(html).toContain("#pain-1");
    expect(html).toContain("#pain-2");
    expect(html).toContain("#pain-3");
  });

  it("stay as written inside links, whatever they point at", () => {
    const html = markdownToHtml("[about #pain-9](https://example.org/) and <https://example.org/#pain-10>");
    expect(html).not.toContain("/pain-points/");
    expect(html).toContain("about #pain-9");
  });

  it("stay as written in headings", () => {
    const html = markdownToHtml("# Why #pain-11 matters\n\n## And #pain-12\n\nBody #pain-13");
    expect(html).toContain("<h2>Why #pain-11 matters</h2>");
    expect(html).toContain("<h3>And #pain-12</h3>");
    expect(html).toContain('<a href="/pain-points/13" class="pain-point-link">#pain-13</a>');
  });

  it("do not match inside words, addresses, longer names or without a number", () => {
    for (const text of ["x#pain-1", "page/#pain-2", "#pain-3abc", "#pain-4-b", "##pain-5", "#pain-", "#painful-6", "#PAIN-7"]) {
      expect(markdownToHtml(text), text).not.toContain("pain-point-link");
    }
  });
});

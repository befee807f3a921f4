import { describe, expect, it } from "vitest";
import { markdownToHtml, markdownToPlainText } from "@/lib/markdown/render-markdown";

/** Stored-XSS vectors that collaborative Markdown editors have shipped before. */
const attacks = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](&#106;avascript:alert(1))",
  "![x](javascript:alert(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload="alert(1)"><circle /></svg>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<object data="x.swf"></object>',
  '<form action="https://evil.example"><input name="x"></form>',
  '<a href="https://example.org" onclick="alert(1)">x</a>',
  '<details open ontoggle="alert(1)">',
  "```html\n<script>alert(1)</script>\n```",
];

describe("markdown rendering", () => {
  it.each(attacks)("neutralises %s", (source) => {
    const html = markdownToHtml(source);
    expect(html).not.toMatch(/<script|<iframe|<object|<form|<svg|<input name/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|data):/i);
    expect(html).not.toMatch(/style=/i);
  });

  it("turns an image from another site into a link naming it, so no reader's browser fetches it; the hub's own images stay", () => {
    const html = markdownToHtml("![cluster load](https://tracker.example/pixel.png?who=1) ![](http://x.example/a.gif) ![chart](/images/chart.png)");
    expect(html).not.toMatch(/<img[^>]+src="https?:/);
    expect(html).toContain('<a href="https://tracker.example/pixel.png?who=1" rel="nofollow noopener noreferrer ugc" class="external-image">cluster load (image on tracker.example)</a>');
    expect(html).toContain(">Image (image on x.example)</a>");
    expect(html).toContain('<img src="/images/chart.png" alt="chart">');
  });

  it("keeps code that shows HTML as text", () => {
    expect(markdownToHtml("`<script>`")).toContain("&#x3C;script>");
  });

  it("renders GitHub-flavoured Markdown", () => {
    const html = markdownToHtml("# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~ https://peps.python.org/");
    expect(html).toContain("<table>");
    expect(html).toContain('type="checkbox"');
    expect(html).toContain("<del>old</del>");
    expect(html).toMatch(/<a href="https:\/\/peps\.python\.org\/" rel="nofollow noopener noreferrer ugc">/);
  });

  it("moves headings one level down, so the page's title stays its only h1", () => {
    const html = markdownToHtml("# Notes\n\n## Agenda\n\n###### Deepest");
    expect(html).not.toContain("<h1");
    expect(html).toContain("<h2>Notes</h2>");
    expect(html).toContain("<h3>Agenda</h3>");
    expect(html).toContain("<h6>Deepest</h6>");
  });

  it("prefixes ids so content cannot clobber the page's own", () => {
    expect(markdownToHtml("Text[^1]\n\n[^1]: note")).toContain('id="md-');
  });

  it("extracts plain text", () => {
    expect(markdownToPlainText("**Lustre** is _slow_ with `import numpy`")).toBe("Lustre is slow with import numpy");
  });
});

describe("PEP mentions", () => {
  it("link to the tracker", () => {
    expect(markdownToHtml("See PEP 703 and PEP-810.")).toBe('<p>See <a href="/peps/703" class="pep-link">PEP 703</a> and <a href="/peps/810" class="pep-link">PEP-810</a>.</p>');
  });

  it("stay as written inside code and existing links", () => {
    const html = markdownToHtml("`PEP 8` and [PEP 20](https://peps.python.org/pep-0020/)");
    expect(html).not.toContain("/peps/8");
    expect(html).not.toContain('href="/peps/20"');
  });

  it("do not match inside words or longer numbers", () => {
    expect(markdownToHtml("PEP12345 and REPEP 8")).not.toContain("pep-link");
  });
});

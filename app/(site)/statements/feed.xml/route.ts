import { Feed } from "feed";
import { publicOrigin } from "@/lib/http/public-url";
import { markdownToHtml } from "@/lib/markdown/render-markdown";
import { anonymousActor } from "@/lib/permissions";
import { listStatements } from "@/lib/statements/list-statements";
import { statementLink } from "@/lib/statements/records";
import { cdataSafe } from "@/lib/http/feed-text";

export const dynamic = "force-dynamic";

/** Atom feed of the working group's published statements, newest first: what a PEP author or the Steering Council subscribes to. */
export async function GET(request: Request) {
  const origin = publicOrigin(request);
  const statements = (await listStatements({ actor: anonymousActor, input: { stage: "PUBLISHED" } })).sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0)).slice(0, 50);
  const feed = new Feed({
    id: `${origin}/statements`,
    title: "PyHPC Hub — statements of the Python-on-HPC working group",
    description: "Position statements the Python-on-HPC working group published, with the evidence behind them and the record of how they were agreed.",
    link: `${origin}/statements`,
    language: "en",
    updated: statements[0]?.publishedAt ?? new Date(0),
    feedLinks: { atom: `${origin}/statements/feed.xml` },
    copyright: "Statements of the Python-on-HPC working group.",
  });
  for (const statement of statements) {
    const link = `${origin}${statementLink(statement.slug)}`;
    feed.addItem({
      id: link,
      title: cdataSafe(statement.title),
      link,
      date: statement.publishedAt ?? statement.updatedAt,
      description: cdataSafe(statement.summary),
      content: cdataSafe(markdownToHtml(statement.summary)),
      author: statement.authors.map((author) => ({ name: author.name })),
    });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}

import { Feed } from "feed";
import { cdataSafe } from "@/lib/http/feed-text";
import { publicOrigin } from "@/lib/http/public-url";
import { markdownToHtml } from "@/lib/markdown/render-markdown";
import { listPepFeedEntries } from "@/lib/peps/list-pep-feed-entries";

export const dynamic = "force-dynamic";

/** Atom feed of PEP status changes and of the working group's assessment updates. */
export async function GET(request: Request) {
  const origin = publicOrigin(request);
  const entries = await listPepFeedEntries(50);
  const feed = new Feed({
    id: `${origin}/peps`,
    title: "PyHPC Hub — PEP status changes and assessments",
    description: "Status changes of Python Enhancement Proposals and the Python-on-HPC working group's assessments of them.",
    link: `${origin}/peps`,
    language: "en",
    updated: entries[0]?.date ?? new Date(0),
    feedLinks: { atom: `${origin}/peps/feed.xml` },
    copyright: "PEP metadata from the PEP index (public domain / CC0-1.0); assessments by the working group.",
  });
  for (const entry of entries) {
    const link = `${origin}/peps/${entry.pepNumber}`;
    feed.addItem({
      id: `${origin}/peps/feed/${entry.id}`,
      title: cdataSafe(entry.title),
      link,
      date: entry.date,
      description: cdataSafe(entry.summary),
      content: entry.content ? cdataSafe(markdownToHtml(entry.content)) : undefined,
      author: [{ name: entry.author ?? "PyHPC Hub" }],
      category: [{ name: entry.kind === "status" ? "status change" : "assessment" }],
    });
  }
  return new Response(feed.atom1(), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

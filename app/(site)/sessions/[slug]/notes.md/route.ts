import { getCurrentActor } from "@/lib/auth/current-user";
import { publicOrigin } from "@/lib/http/public-url";
import { getSessionNotes, notesAsMarkdownFile } from "@/lib/notes/get-session-notes";

export const dynamic = "force-dynamic";

/** GET /sessions/<slug>/notes.md — the notes as a Markdown file, for those who may read the session. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const notes = await getSessionNotes({ actor: await getCurrentActor(), slug });
  if (!notes) return new Response("There is no such session.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = notesAsMarkdownFile(notes, `${publicOrigin(request)}/sessions/${slug}`);
  return new Response(body, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-notes.md"`,
      "Cache-Control": "private, no-store",
    },
  });
}

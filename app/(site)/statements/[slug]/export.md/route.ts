import { getCurrentActor } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/public-url";
import { statementAsForumMarkdown } from "@/lib/statements/forum-markdown";
import { getPublishedRecord } from "@/lib/statements/published-record";

export const dynamic = "force-dynamic";

/** A published statement as Markdown ready to post to discuss.python.org, downloaded as a file named after it. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const record = await getPublishedRecord({ actor: await getCurrentActor(), slug, origin: publicOrigin(request) });
    return new Response(statementAsForumMarkdown(record), {
      headers: { "Content-Type": "text/markdown; charset=utf-8", "Content-Disposition": `attachment; filename="${record.slug}.md"`, "Cache-Control": "private, max-age=60" },
    });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) return new Response("That statement does not exist, or it has not been published.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}

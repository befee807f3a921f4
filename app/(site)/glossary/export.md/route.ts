import { exportGlossary } from "@/lib/glossary/export-glossary";
import { glossaryToMarkdown } from "@/lib/glossary/glossary-export";
import { publicOrigin } from "@/lib/http/public-url";
import { anonymousActor } from "@/lib/permissions";

export const dynamic = "force-dynamic";

/** A Markdown definition list (MkDocs def_list, MyST deflist) of the whole glossary, for a centre's own user documentation. */
export async function GET(request: Request) {
  const terms = await exportGlossary({ actor: anonymousActor });
  const body = glossaryToMarkdown(terms, { title: "HPC and Python glossary", source: `${publicOrigin(request)}/glossary` });
  return new Response(body, { headers: { "Content-Type": "text/markdown; charset=utf-8", "Content-Disposition": 'attachment; filename="pyhpc-glossary.md"', "Cache-Control": "public, max-age=60" } });
}

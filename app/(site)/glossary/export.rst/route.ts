import { exportGlossary } from "@/lib/glossary/export-glossary";
import { glossaryToRst } from "@/lib/glossary/glossary-export";
import { publicOrigin } from "@/lib/http/public-url";
import { anonymousActor } from "@/lib/permissions";

export const dynamic = "force-dynamic";

/** A Sphinx glossary directive (reStructuredText) of the whole glossary, for a centre's own user documentation. */
export async function GET(request: Request) {
  const terms = await exportGlossary({ actor: anonymousActor });
  const body = glossaryToRst(terms, { title: "HPC and Python glossary", source: `${publicOrigin(request)}/glossary` });
  return new Response(body, { headers: { "Content-Type": "text/x-rst; charset=utf-8", "Content-Disposition": 'attachment; filename="pyhpc-glossary.rst"', "Cache-Control": "public, max-age=60" } });
}

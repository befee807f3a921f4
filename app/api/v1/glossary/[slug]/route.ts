import { toApiGlossaryTerm } from "@/lib/api/glossary-api";
import { apiHeaders } from "@/lib/api/pep-api";
import { getGlossaryTerm } from "@/lib/glossary/get-glossary-term";
import { publicOrigin } from "@/lib/http/public-url";
import { anonymousActor } from "@/lib/permissions";

export const dynamic = "force-dynamic";

/** GET /api/v1/glossary/{slug} — one term. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const term = await getGlossaryTerm({ actor: anonymousActor, slug });
  if (!term) return Response.json({ error: { code: "NOT_FOUND", message: "There is no such term in the glossary." } }, { status: 404, headers: apiHeaders });
  return Response.json(toApiGlossaryTerm({ slug: term.slug, version: term.version, updatedAt: term.updatedAt, ...term.content }, publicOrigin(request)), { headers: apiHeaders });
}

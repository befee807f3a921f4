import { toApiGlossaryTerm } from "@/lib/api/glossary-api";
import { apiHeaders } from "@/lib/api/pep-api";
import { exportGlossary } from "@/lib/glossary/export-glossary";
import { publicOrigin } from "@/lib/http/public-url";
import { anonymousActor } from "@/lib/permissions";

export const dynamic = "force-dynamic";

/** GET /api/v1/glossary — every term with its senses, A–Z (a glossary is small: one response, no paging). */
export async function GET(request: Request) {
  const origin = publicOrigin(request);
  const terms = await exportGlossary({ actor: anonymousActor });
  return Response.json({ total: terms.length, items: terms.map((term) => toApiGlossaryTerm(term, origin)) }, { headers: apiHeaders });
}

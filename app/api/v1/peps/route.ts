import { readCursorPage } from "@/lib/api/cursor-paging";
import { apiHeaders, toApiPep } from "@/lib/api/pep-api";
import { listAreaSlugs } from "@/lib/areas/get-area";
import { publicOrigin } from "@/lib/http/public-url";
import { listPeps, parsePepListQuery } from "@/lib/peps/list-peps";

export const dynamic = "force-dynamic";

/** GET /api/v1/peps — the tracker's filters as query parameters, paged with a cursor. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const { query, problems } = parsePepListQuery(params, await listAreaSlugs());
  const { page, error } = readCursorPage(params, query, problems);
  if (error) return error;

  const result = await listPeps(query, { withFacets: false });
  const origin = publicOrigin(request);
  const shown = result.peps.slice(page.offset, page.offset + page.limit);
  return Response.json({ total: result.total, items: shown.map((pep) => toApiPep(pep, origin)), nextCursor: page.nextCursor(shown.length, result.total) }, { headers: apiHeaders });
}

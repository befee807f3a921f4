import { readCursorPage } from "@/lib/api/cursor-paging";
import { toApiPainPoint } from "@/lib/api/pain-point-api";
import { apiHeaders } from "@/lib/api/pep-api";
import { listAreaSlugs } from "@/lib/areas/get-area";
import { publicOrigin } from "@/lib/http/public-url";
import { anonymousActor } from "@/lib/permissions";
import { listPainPoints } from "@/lib/pain-points/list-pain-points";
import { parseBoardQuery } from "@/lib/pain-points/schemas";

export const dynamic = "force-dynamic";

/** GET /api/v1/pain-points — the board's filters as query parameters, paged with a cursor. Hidden reports never appear. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const { query, problems } = parseBoardQuery(params, await listAreaSlugs());
  const { page, error } = readCursorPage(params, query, problems);
  if (error) return error;

  const { items, total } = await listPainPoints({ actor: anonymousActor, query, offset: page.offset, limit: page.limit });
  const origin = publicOrigin(request);
  return Response.json({ total, items: items.map((item) => toApiPainPoint(item, origin)), nextCursor: page.nextCursor(items.length, total) }, { headers: apiHeaders });
}

import { apiError, apiHeaders, apiPaginationSchema, decodeCursor, encodeCursor, queryFingerprint } from "@/lib/api/pep-api";
import { toApiPainPoint } from "@/lib/api/pain-point-api";
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
  const paging = apiPaginationSchema.safeParse({ limit: params.get("limit") ?? undefined, cursor: params.get("cursor") ?? undefined });
  if (!paging.success) problems.push(...paging.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  if (problems.length > 0 || !paging.success) return apiError(400, "INVALID_QUERY", "Some query parameters are not valid.", problems);

  const fingerprint = queryFingerprint(query);
  const offset = paging.data.cursor ? decodeCursor(paging.data.cursor, fingerprint) : 0;
  if (offset === null) return apiError(400, "INVALID_CURSOR", "The cursor does not belong to this query; start again without it.");
  const { items, total } = await listPainPoints({ actor: anonymousActor, query, offset, limit: paging.data.limit });
  const origin = publicOrigin(request);
  const nextOffset = offset + items.length;
  return Response.json(
    { total, items: items.map((item) => toApiPainPoint(item, origin)), nextCursor: nextOffset < total && items.length > 0 ? encodeCursor(nextOffset, fingerprint) : null },
    { headers: apiHeaders },
  );
}

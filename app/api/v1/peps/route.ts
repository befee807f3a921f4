import { apiError, apiHeaders, apiPaginationSchema, decodeCursor, encodeCursor, queryFingerprint, toApiPep } from "@/lib/api/pep-api";
import { listAreaSlugs } from "@/lib/areas/get-area";
import { publicOrigin } from "@/lib/http/public-url";
import { listPeps, parsePepListQuery } from "@/lib/peps/list-peps";

export const dynamic = "force-dynamic";

/** GET /api/v1/peps — the tracker's filters as query parameters, paged with a cursor. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const { query, problems } = parsePepListQuery(params, await listAreaSlugs());
  const paging = apiPaginationSchema.safeParse({ limit: params.get("limit") ?? undefined, cursor: params.get("cursor") ?? undefined });
  if (!paging.success) problems.push(...paging.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  if (problems.length > 0 || !paging.success) return apiError(400, "INVALID_QUERY", "Some query parameters are not valid.", problems);

  const fingerprint = queryFingerprint(query);
  const offset = paging.data.cursor ? decodeCursor(paging.data.cursor, fingerprint) : 0;
  if (offset === null) return apiError(400, "INVALID_CURSOR", "The cursor does not belong to this query; start again without it.");

  const result = await listPeps(query, { withFacets: false });
  const origin = publicOrigin(request);
  const page = result.peps.slice(offset, offset + paging.data.limit);
  const nextOffset = offset + page.length;
  return Response.json(
    {
      total: result.total,
      items: page.map((pep) => toApiPep(pep, origin)),
      nextCursor: nextOffset < result.total ? encodeCursor(nextOffset, fingerprint) : null,
    },
    { headers: apiHeaders },
  );
}

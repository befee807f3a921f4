import { readCursorPage } from "@/lib/api/cursor-paging";
import { toApiMember } from "@/lib/api/member-api";
import { apiHeaders } from "@/lib/api/pep-api";
import { listAreaSlugs } from "@/lib/areas/get-area";
import { publicOrigin } from "@/lib/http/public-url";
import { parseDirectoryQuery } from "@/lib/membership/directory";
import { listMembers } from "@/lib/membership/list-members";
import { anonymousActor } from "@/lib/permissions";

export const dynamic = "force-dynamic";

/** GET /api/v1/members — the public directory (members who consented, whose membership is active), with its filters, paged with a cursor. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  // Statuses are not public: a status parameter is an unknown one.
  const { query, problems } = parseDirectoryQuery(params, await listAreaSlugs(), { withStatus: false });
  if (params.has("status")) problems.push("status is not a parameter of the public directory");
  const { page, error } = readCursorPage(params, query, problems);
  if (error) return error;

  const { items, total } = await listMembers({ actor: anonymousActor, query, offset: page.offset, limit: page.limit });
  const origin = publicOrigin(request);
  return Response.json({ total, items: items.map((item) => toApiMember(item, origin)), nextCursor: page.nextCursor(items.length, total) }, { headers: apiHeaders });
}

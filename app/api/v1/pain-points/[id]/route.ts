import { apiError, apiHeaders } from "@/lib/api/pep-api";
import { toApiPainPointDetail } from "@/lib/api/pain-point-api";
import { publicOrigin } from "@/lib/http/public-url";
import { anonymousActor } from "@/lib/permissions";
import { getPainPoint } from "@/lib/pain-points/get-pain-point";

export const dynamic = "force-dynamic";

/** GET /api/v1/pain-points/{id} — one report as anyone may see it; hidden ones are not found. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  if (!/^\d{1,9}$/.test(raw)) return apiError(404, "NOT_FOUND", `“${raw}” is not a report number.`);
  const lookup = await getPainPoint({ actor: anonymousActor, id: Number(raw) });
  if (lookup.kind === "missing") return apiError(404, "NOT_FOUND", `There is no report #${raw}.`);
  if (lookup.kind === "duplicate") return Response.json({ error: { code: "MOVED", message: `Report #${raw} was merged into #${lookup.originalId}.`, duplicateOf: lookup.originalId } }, { status: 301, headers: { ...apiHeaders, Location: `/api/v1/pain-points/${lookup.originalId}` } });
  return Response.json(toApiPainPointDetail(lookup.painPoint, publicOrigin(request)), { headers: apiHeaders });
}

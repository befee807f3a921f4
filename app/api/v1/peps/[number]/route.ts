import { apiError, apiHeaders, toApiPep, toApiPepDetail } from "@/lib/api/pep-api";
import { publicOrigin } from "@/lib/http/public-url";
import { anonymousActor } from "@/lib/permissions";
import { getPepDetails } from "@/lib/peps/get-pep-details";
import { parsePepNumber } from "@/lib/peps/schemas";
import { getPepCatalog } from "@/lib/peps/pep-catalog";

export const dynamic = "force-dynamic";

/** GET /api/v1/peps/{number} — one PEP with its metadata, areas, assessment and status changes. */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const raw = (await params).number;
  const number = parsePepNumber(raw);
  if (number === null) return apiError(404, "NOT_FOUND", `“${raw}” is not a PEP number.`);
  const [pep, catalog] = await Promise.all([getPepDetails({ actor: anonymousActor, number }), getPepCatalog()]);
  const summary = catalog.find((item) => item.number === number);
  if (!pep || !summary) return apiError(404, "NOT_FOUND", `There is no PEP ${number}.`);
  return Response.json(toApiPepDetail(pep, toApiPep({ ...summary, areas: pep.areas.map((area) => area.slug) }, publicOrigin(request))), { headers: apiHeaders });
}

import { apiError, apiHeaders } from "@/lib/api/pep-api";
import { toApiStatementDetail } from "@/lib/api/statement-api";
import { isAppError } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/public-url";
import { anonymousActor } from "@/lib/permissions";
import { listStatements } from "@/lib/statements/list-statements";
import { getPublishedRecord } from "@/lib/statements/published-record";

export const dynamic = "force-dynamic";

/** GET /api/v1/statements/{slug} — one published statement with its text, evidence, vote, objections and endorsers. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const origin = publicOrigin(request);
  try {
    const [record, published] = await Promise.all([getPublishedRecord({ actor: anonymousActor, slug, origin }), listStatements({ actor: anonymousActor, input: { stage: "PUBLISHED" } })]);
    const summary = published.find((statement) => statement.slug === slug);
    if (!summary) return apiError(404, "NOT_FOUND", "No published statement has this address.");
    return Response.json(toApiStatementDetail(record, summary, origin), { headers: apiHeaders });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) return apiError(404, "NOT_FOUND", "No published statement has this address.");
    throw error;
  }
}

import { apiHeaders } from "@/lib/api/pep-api";
import { toApiStatement } from "@/lib/api/statement-api";
import { publicOrigin } from "@/lib/http/public-url";
import { anonymousActor } from "@/lib/permissions";
import { listStatements } from "@/lib/statements/list-statements";

export const dynamic = "force-dynamic";

/** GET /api/v1/statements — the working group's published statements, newest first (drafts, reviews and votes are the members'). */
export async function GET(request: Request) {
  const origin = publicOrigin(request);
  const statements = (await listStatements({ actor: anonymousActor, input: { stage: "PUBLISHED" } })).sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0));
  return Response.json({ total: statements.length, items: statements.map((statement) => toApiStatement(statement, origin)) }, { headers: apiHeaders });
}

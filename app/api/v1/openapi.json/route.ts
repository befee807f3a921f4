import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import { apiHeaders } from "@/lib/api/pep-api";
import { publicOrigin } from "@/lib/http/public-url";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return Response.json(buildOpenApiDocument(publicOrigin(request)), { headers: apiHeaders });
}

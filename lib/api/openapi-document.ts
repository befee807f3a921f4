import { z } from "zod";
import { createDocument } from "zod-openapi";
import { apiErrorSchema, apiPaginationSchema, apiPepDetailSchema, apiPepListSchema } from "@/lib/api/pep-api";
import { pepListQuerySchema } from "@/lib/peps/list-peps";

/** The OpenAPI description of the public read API, from the schemas that validate and shape it. */
export function buildOpenApiDocument(serverUrl: string) {
  const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "PyHPC Hub read API",
      version: "1.0.0",
      description: "Public, read-only access to the PEPs the Python-on-HPC working group tracks and its assessments of them.",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/peps": {
        get: {
          summary: "List PEPs",
          description: "The same filters as the tracker page. List parameters may repeat (status=draft&status=accepted) or be comma-separated.",
          requestParams: { query: pepListQuerySchema.extend(apiPaginationSchema.shape) },
          responses: { "200": json(apiPepListSchema, "A page of matching PEPs"), "400": json(apiErrorSchema, "An invalid parameter or cursor") },
        },
      },
      "/api/v1/peps/{number}": {
        get: {
          summary: "One PEP",
          requestParams: { path: z.object({ number: z.string().regex(/^\d{1,5}$/).meta({ description: "PEP number", example: "703" }) }) },
          responses: { "200": json(apiPepDetailSchema, "The PEP"), "404": json(apiErrorSchema, "No PEP has this number") },
        },
      },
    },
  });
}

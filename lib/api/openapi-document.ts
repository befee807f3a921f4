import { z } from "zod";
import { createDocument } from "zod-openapi";
import { apiErrorSchema, apiPaginationSchema, apiPepDetailSchema, apiPepListSchema } from "@/lib/api/pep-api";
import { apiPainPointDetailSchema, apiPainPointListSchema } from "@/lib/api/pain-point-api";
import { apiGlossaryListSchema, apiGlossaryTermSchema } from "@/lib/api/glossary-api";
import { apiMemberListSchema } from "@/lib/api/member-api";
import { apiStatementDetailSchema, apiStatementListSchema } from "@/lib/api/statement-api";
import { directoryQuerySchema } from "@/lib/membership/directory";
import { boardQuerySchema } from "@/lib/pain-points/schemas";
import { pepListQuerySchema } from "@/lib/peps/list-peps";

/** The OpenAPI description of the public read API, from the schemas that validate and shape it. */
export function buildOpenApiDocument(serverUrl: string) {
  const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "PyHPC Hub read API",
      version: "1.0.0",
      description: "Public, read-only access to the PEPs the Python-on-HPC working group tracks, its assessments of them, the pain points HPC practitioners report, the members who chose to be listed, the group's published statements, and its HPC ↔ Python glossary.",
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
      "/api/v1/pain-points": {
        get: {
          summary: "List pain points",
          description: "The same filters as the board. Hidden reports never appear; duplicates only when filtered for with status=duplicate. Reporters are named only when they chose to be.",
          requestParams: { query: boardQuerySchema.extend(apiPaginationSchema.shape) },
          responses: { "200": json(apiPainPointListSchema, "A page of matching reports"), "400": json(apiErrorSchema, "An invalid parameter or cursor") },
        },
      },
      "/api/v1/pain-points/{id}": {
        get: {
          summary: "One pain point",
          requestParams: { path: z.object({ id: z.string().regex(/^\d{1,9}$/).meta({ description: "Report number", example: "12" }) }) },
          responses: {
            "200": json(apiPainPointDetailSchema, "The report with its comments, history and evidence"),
            "301": json(apiErrorSchema, "Merged into another report (see Location)"),
            "404": json(apiErrorSchema, "No visible report has this number"),
          },
        },
      },
      "/api/v1/members": {
        get: {
          summary: "List members",
          description: "The public member directory: only members who consented to be listed and whose membership is active (never suspended or former members). The directory page's filters; list parameters may repeat or be comma-separated.",
          requestParams: { query: directoryQuerySchema.omit({ status: true }).extend(apiPaginationSchema.shape) },
          responses: { "200": json(apiMemberListSchema, "A page of listed members"), "400": json(apiErrorSchema, "An invalid parameter or cursor") },
        },
      },
      "/api/v1/statements": {
        get: {
          summary: "List published statements",
          description: "The working group's published position statements, newest first. Drafts, statements in review or in a vote, and withdrawn ones are not public.",
          responses: { "200": json(apiStatementListSchema, "Every published statement") },
        },
      },
      "/api/v1/statements/{slug}": {
        get: {
          summary: "One published statement",
          description: "The published text and its version, the evidence it rests on, the vote (names unless the vote was anonymous), every objection and what became of it, and the endorsers.",
          requestParams: { path: z.object({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).meta({ description: "The statement's address", example: "free-threaded-wheels-before-the-default-changes" }) }) },
          responses: { "200": json(apiStatementDetailSchema, "The statement and its record"), "404": json(apiErrorSchema, "No published statement has this address") },
        },
      },
      "/api/v1/glossary": {
        get: {
          summary: "The glossary",
          description: "Every term with its senses, A–Z: whose reading each sense is (HPC, Python or both, with a sub-community such as packaging or MPI), a one-line note, a Markdown definition, an example and documentation links. Also exported for Sphinx at /glossary/export.rst and for MkDocs or MyST at /glossary/export.md.",
          responses: { "200": json(apiGlossaryListSchema, "Every term") },
        },
      },
      "/api/v1/glossary/{slug}": {
        get: {
          summary: "One glossary term",
          requestParams: { path: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/).meta({ description: "The term's address", example: "module" }) }) },
          responses: { "200": json(apiGlossaryTermSchema, "The term"), "404": json(apiErrorSchema, "No term has this address") },
        },
      },
    },
  });
}

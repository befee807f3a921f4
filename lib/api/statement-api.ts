import { z } from "zod";
import type { getPublishedRecord } from "@/lib/statements/published-record";
import type { StatementSummaryView } from "@/lib/statements/records";
import { statementLink } from "@/lib/statements/records";
import { statementTargets, voteChoices } from "@/lib/statements/schemas";
import { targetLabel } from "@/lib/statements/target-label";

/** The public read API's shapes for published statements; they describe the responses in the OpenAPI document too. */
export const apiStatementSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    target: z.enum(statementTargets),
    targetLabel: z.string().meta({ description: "Whom it speaks to, as a phrase: “PEP 703”, “the Steering Council”" }),
    targetPep: z.number().int().nullable(),
    areas: z.array(z.string()),
    summary: z.string().meta({ description: "One paragraph, Markdown" }),
    authors: z.array(z.string()),
    publishedAt: z.string(),
    links: z.object({ html: z.string(), markdown: z.string(), api: z.string() }),
  })
  .meta({ id: "Statement" });

export const apiStatementListSchema = z.object({ total: z.number().int(), items: z.array(apiStatementSchema) }).meta({ id: "StatementList" });

const choice = z.enum(voteChoices);
export const apiStatementDetailSchema = apiStatementSchema
  .extend({
    markdown: z.string().meta({ description: "The text as published" }),
    textVersion: z.number().int().meta({ description: "The text version that was voted on and published; endorsements are bound to it" }),
    evidence: z.array(z.object({ label: z.string(), url: z.string() })),
    vote: z
      .object({
        isAnonymous: z.boolean(),
        eligibleCount: z.number().int(),
        counts: z.object({ AGREE: z.number().int(), ABSTAIN: z.number().int(), DISAGREE: z.number().int(), BLOCK: z.number().int() }),
        silentCount: z.number().int().meta({ description: "Members who stayed silent past the charter's period, counted as abstaining" }),
        voters: z.array(z.object({ name: z.string().meta({ description: "“Member 3” in an anonymous vote" }), choice, reason: z.string().nullable() })),
      })
      .nullable(),
    objections: z.array(z.object({ author: z.string(), reason: z.string(), outcome: z.string(), response: z.string().nullable() })),
    endorsements: z.object({
      members: z.array(z.object({ name: z.string(), affiliation: z.string(), isPersonalCapacity: z.boolean() })),
      others: z.array(z.object({ name: z.string(), affiliation: z.string(), isPersonalCapacity: z.boolean() })),
    }),
  })
  .meta({ id: "StatementDetail" });

const linksOf = (slug: string, origin: string) => ({ html: `${origin}${statementLink(slug)}`, markdown: `${origin}${statementLink(slug)}/export.md`, api: `${origin}/api/v1/statements/${slug}` });

export function toApiStatement(statement: StatementSummaryView, origin: string): z.infer<typeof apiStatementSchema> {
  return {
    slug: statement.slug,
    title: statement.title,
    target: statement.target,
    targetLabel: targetLabel(statement),
    targetPep: statement.targetPep,
    areas: statement.areas,
    summary: statement.summary,
    authors: statement.authors.map((author) => author.name),
    publishedAt: (statement.publishedAt ?? statement.updatedAt).toISOString(),
    links: linksOf(statement.slug, origin),
  };
}

export function toApiStatementDetail(record: Awaited<ReturnType<typeof getPublishedRecord>>, summary: StatementSummaryView, origin: string): z.infer<typeof apiStatementDetailSchema> {
  return { ...toApiStatement(summary, origin), markdown: record.markdown, textVersion: record.textVersion, evidence: record.evidence, vote: record.vote, objections: record.objections, endorsements: record.endorsements };
}

import { z } from "zod";
import type { ExportedTerm } from "@/lib/glossary/glossary-export";
import { communityLabel } from "@/lib/glossary/glossary-content";

/** A term as the public API gives it: its content, with the community label people read and the term's own page. */
export function toApiGlossaryTerm(term: ExportedTerm & { version: number; updatedAt: Date }, origin: string): z.infer<typeof apiGlossaryTermSchema> {
  return {
    slug: term.slug,
    term: term.term,
    aliases: term.aliases,
    areas: term.areas,
    related: term.related,
    version: term.version,
    updatedAt: term.updatedAt.toISOString(),
    url: `${origin}/glossary/${term.slug}`,
    senses: term.senses.map((sense) => ({
      community: sense.community,
      subCommunity: sense.subCommunity ?? null,
      label: communityLabel(sense),
      note: sense.note,
      definition: sense.definition,
      example: sense.example,
      links: sense.links,
    })),
  };
}

const apiGlossarySenseSchema = z.object({
  community: z.enum(["hpc", "python", "both"]),
  subCommunity: z.string().nullable(),
  label: z.string().meta({ example: "Python · packaging" }),
  note: z.string().meta({ description: "One line: what this reader means by the word. Backticks mark code." }),
  definition: z.string().meta({ description: "Markdown" }),
  example: z.string(),
  links: z.array(z.object({ title: z.string(), url: z.string() })),
});

export const apiGlossaryTermSchema = z
  .object({
    slug: z.string(),
    term: z.string(),
    aliases: z.array(z.string()),
    areas: z.array(z.string()),
    related: z.array(z.string()).meta({ description: "Slugs of related terms" }),
    version: z.number().int(),
    updatedAt: z.string(),
    url: z.string(),
    senses: z.array(apiGlossarySenseSchema),
  })
  .meta({ id: "GlossaryTerm" });

export const apiGlossaryListSchema = z.object({ total: z.number().int(), items: z.array(apiGlossaryTermSchema) }).meta({ id: "GlossaryTermList" });

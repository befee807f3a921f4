import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storedCommunity, termRecordSelect, viewTerm, type TermView } from "@/lib/glossary/records";
import type { ListGlossaryInput } from "@/lib/glossary/schemas";
import { assertCan, type Actor } from "@/lib/permissions";

/**
 * The glossary's terms in A–Z order, filtered by community, area and a
 * search over headwords, aliases and senses. A glossary is a few hundred
 * entries at most, so a plain case-insensitive match is enough; no index.
 */
export async function listGlossaryTerms({ actor, input = {} }: { actor: Actor; input?: ListGlossaryInput }): Promise<TermView[]> {
  assertCan(actor, "glossary.read");
  const query = input.q?.trim();
  const where: Prisma.GlossaryTermWhereInput = {
    AND: [
      input.community ? { senses: { some: { community: storedCommunity(input.community) } } } : {},
      input.area ? { areas: { some: { areaSlug: input.area } } } : {},
      query
        ? {
            OR: [
              { term: { contains: query, mode: "insensitive" } },
              { aliases: { has: query } },
              { senses: { some: { OR: [{ note: { contains: query, mode: "insensitive" } }, { definition: { contains: query, mode: "insensitive" } }, { example: { contains: query, mode: "insensitive" } }, { subCommunity: { contains: query, mode: "insensitive" } }] } } },
            ],
          }
        : {},
    ],
  };
  const records = await db.glossaryTerm.findMany({ where, select: termRecordSelect });
  return records.map(viewTerm).sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
}

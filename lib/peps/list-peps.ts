import { z } from "zod";
import { readListParams, type RawParams } from "@/lib/http/list-query";
import type { Impact, PepStatus, PepType, Stance } from "@/lib/generated/prisma/enums";
import { getPepCatalog, normalizeForSearch, type CatalogPep } from "@/lib/peps/pep-catalog";
import { fromSlug, impactOrder, isClosedStatus, impactSlugs, stanceSlugs, statusOrder, typeSlugs } from "@/lib/peps/vocabulary";

/**
 * Browsing PEPs: the filters, search and sort the tracker page and
 * GET /api/v1/peps share, with a count of matches for every filter value.
 */

export const PAGE_SIZE = 50;

export const sortKeys = ["impact", "number", "created", "status-change", "pain-points"] as const;
export type PepSort = (typeof sortKeys)[number];
export const sortLabels: Record<PepSort, string> = {
  impact: "Impact on HPC",
  number: "PEP number",
  created: "Date created",
  "status-change": "Last status change",
  "pain-points": "Pain points linked",
};

const statusValues = statusOrder.map((status) => status.toLowerCase()) as [string, ...string[]];
const typeValues = Object.values(typeSlugs) as [string, ...string[]];
const impactValues = Object.values(impactSlugs) as [string, ...string[]];
const stanceValues = Object.values(stanceSlugs) as [string, ...string[]];

/** One value of each list filter; described for the API from these same schemas. */
export const filterValueSchemas = {
  area: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .meta({ description: "Area slug, e.g. packaging" }),
  status: z.enum(statusValues).meta({ description: "PEP status" }),
  type: z.enum(typeValues).meta({ description: "PEP type" }),
  topic: z
    .string()
    .regex(/^[a-z-]{1,30}$/)
    .meta({ description: "PEP index topic, e.g. packaging or typing" }),
  python: z
    .string()
    .regex(/^\d+(\.(\d+|x))*$/)
    .meta({ description: "Python version a PEP targets, e.g. 3.14" }),
  impact: z.enum(impactValues).meta({ description: "The group's assessment of the impact on HPC users" }),
  stance: z.enum(stanceValues).meta({ description: "The group's stance" }),
};
export type FilterKey = keyof typeof filterValueSchemas;
export const filterKeys = Object.keys(filterValueSchemas) as FilterKey[];

const list = <T extends z.ZodType>(schema: T) => z.array(schema).default([]);

export const pepListQuerySchema = z.object({
  scope: z.enum(["hpc", "all"]).default("hpc").meta({ description: "hpc: the PEPs the working group marked as relevant to HPC (default); all: every PEP" }),
  q: z.string().trim().max(200).optional().meta({ description: "Search: a PEP number, words of the title, or an author" }),
  area: list(filterValueSchemas.area),
  status: list(filterValueSchemas.status),
  type: list(filterValueSchemas.type),
  topic: list(filterValueSchemas.topic),
  python: list(filterValueSchemas.python),
  impact: list(filterValueSchemas.impact),
  stance: list(filterValueSchemas.stance),
  sort: z.enum(sortKeys).default("impact"),
  order: z.enum(["asc", "desc"]).optional().meta({ description: "Default: descending — highest impact, newest or most recent first. In either order, withdrawn, rejected and superseded PEPs come after the live ones" }),
});
export type PepListQuery = z.infer<typeof pepListQuerySchema>;

/**
 * Reads a query from URL parameters, keeping what is valid and describing each
 * value that is not — the page ignores those with a notice, the API refuses them.
 */
export function parsePepListQuery(params: RawParams, knownAreas: string[]): { query: PepListQuery; problems: string[] } {
  const shape = pepListQuerySchema.shape;
  const { values, problems } = readListParams(params, {
    text: { q: 200 },
    single: { scope: shape.scope, sort: shape.sort, order: shape.order },
    multi: Object.fromEntries(filterKeys.map((key) => [key, { schema: filterValueSchemas[key], known: key === "area" ? knownAreas : undefined, noun: key === "python" ? "Python version" : key }])),
  });
  return { query: pepListQuerySchema.parse(values), problems };
}

// ---------------------------------------------------------------------------

const statusFromSlug = Object.fromEntries(statusOrder.map((status) => [status.toLowerCase(), status])) as Record<string, PepStatus>;
const typeFromSlug = fromSlug<PepType>(typeSlugs);
const impactFromSlug = fromSlug<Impact>(impactSlugs);
const stanceFromSlug = fromSlug<Stance>(stanceSlugs);

/** The values of one facet a PEP has, as URL values. */
const facetValues: Record<FilterKey, (pep: CatalogPep) => string[]> = {
  area: (pep) => pep.areas,
  status: (pep) => [pep.status.toLowerCase()],
  type: (pep) => [typeSlugs[pep.type]],
  topic: (pep) => pep.topics,
  python: (pep) => pep.pythonVersions,
  impact: (pep) => (pep.isHpcRelevant ? [impactSlugs[pep.impact ?? "UNKNOWN"]] : []),
  stance: (pep) => (pep.isHpcRelevant ? [stanceSlugs[pep.stance ?? "UNDECIDED"]] : []),
};

function matchesSearch(pep: CatalogPep, q: string | undefined) {
  if (!q) return true;
  const number = /^(?:pep[\s-]*)?0*(\d{1,5})$/i.exec(q.trim());
  if (number) return pep.number === Number(number[1]);
  return normalizeForSearch(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => pep.searchText.includes(word));
}

function matches(pep: CatalogPep, query: PepListQuery, options: { ignore?: FilterKey; ignoreScope?: boolean } = {}) {
  if (!options.ignoreScope && query.scope === "hpc" && !pep.isHpcRelevant) return false;
  if (!matchesSearch(pep, query.q)) return false;
  return filterKeys.every((key) => {
    if (key === options.ignore || query[key].length === 0) return true;
    const values = facetValues[key](pep);
    return query[key].some((wanted) => values.includes(wanted));
  });
}

const time = (date: Date | null) => date?.getTime() ?? Number.NEGATIVE_INFINITY;

function compare(sort: PepSort, a: CatalogPep, b: CatalogPep): number {
  switch (sort) {
    case "impact": {
      const rank = (pep: CatalogPep) => (pep.isHpcRelevant ? impactOrder.indexOf(pep.impact ?? "UNKNOWN") : impactOrder.length);
      // Lower rank is more impact; ties go to the most recent status change, then the newest PEP.
      return rank(b) - rank(a) || time(a.lastStatusChangeAt) - time(b.lastStatusChangeAt) || a.number - b.number;
    }
    case "number":
      return a.number - b.number;
    case "created":
      return time(a.createdOn) - time(b.createdOn) || a.number - b.number;
    case "status-change":
      return time(a.lastStatusChangeAt) - time(b.lastStatusChangeAt) || time(a.createdOn) - time(b.createdOn) || a.number - b.number;
    case "pain-points":
      return a.painPointCount - b.painPointCount || compare("impact", a, b);
  }
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface PepListResult {
  query: PepListQuery;
  total: number;
  /** How many match in each scope, other filters applied. */
  scopeCounts: { hpc: number; all: number };
  /** Empty when asked for without facets (the API does not return them). */
  facets: Record<FilterKey, FacetCount[]>;
  peps: CatalogPep[];
}

/**
 * Filters, counts and sorts. Each facet's counts apply every other filter but
 * its own, so they say how many PEPs choosing that value would show.
 */
export async function listPeps(query: PepListQuery, { withFacets = true }: { withFacets?: boolean } = {}): Promise<PepListResult> {
  const catalog = await getPepCatalog();
  const matching = catalog.filter((pep) => matches(pep, query));
  const direction = (query.order ?? "desc") === "desc" ? -1 : 1;
  // Closed PEPs last in every sort and either direction: a withdrawn PEP assessed as high impact is history, not what to read first.
  const sorted = matching.sort((a, b) => Number(isClosedStatus(a.status)) - Number(isClosedStatus(b.status)) || direction * compare(query.sort, a, b));

  const facets = Object.fromEntries(
    filterKeys.map((key) => {
      if (!withFacets) return [key, []];
      const counts = new Map<string, number>();
      for (const pep of catalog) {
        if (!matches(pep, query, { ignore: key })) continue;
        for (const value of facetValues[key](pep)) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      for (const selected of query[key]) if (!counts.has(selected)) counts.set(selected, 0);
      return [key, [...counts].map(([value, count]) => ({ value, count }))];
    }),
  ) as Record<FilterKey, FacetCount[]>;

  return {
    query,
    total: sorted.length,
    scopeCounts: {
      hpc: catalog.filter((pep) => pep.isHpcRelevant && matches(pep, query, { ignoreScope: true })).length,
      all: catalog.filter((pep) => matches(pep, query, { ignoreScope: true })).length,
    },
    facets,
    peps: sorted,
  };
}

export const lookups = { statusFromSlug, typeFromSlug, impactFromSlug, stanceFromSlug };

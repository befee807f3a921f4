import { filterKeys, type PepListQuery } from "@/lib/peps/list-peps";

/** The /peps URL for a query, leaving out defaults so shared links stay short. */
export function pepListHref(query: PepListQuery, changes: Partial<PepListQuery> & { page?: number } = {}) {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.scope !== "hpc") params.set("scope", next.scope);
  if (next.q) params.set("q", next.q);
  for (const key of filterKeys) for (const value of next[key]) params.append(key, value);
  if (next.sort !== "impact") params.set("sort", next.sort);
  if (next.order) params.set("order", next.order);
  if (changes.page && changes.page > 1) params.set("page", String(changes.page));
  const search = params.toString();
  return search ? `/peps?${search}` : "/peps";
}

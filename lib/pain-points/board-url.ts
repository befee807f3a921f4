import { boardFilterKeys, defaultBoardSort, type BoardQuery } from "@/lib/pain-points/schemas";

/** The board's URL for a query, leaving out defaults so shared links stay short. */
export function boardHref(query: BoardQuery, { page, hidden }: { page?: number; hidden?: boolean } = {}) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of boardFilterKeys) for (const value of query[key]) params.append(key, value);
  // Best match without words is the default order; with words, the default is best match.
  if (query.sort !== defaultBoardSort(query.q) && !(query.sort === "relevance" && !query.q)) params.set("sort", query.sort);
  if (hidden) params.set("hidden", "include");
  if (page && page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/pain-points?${search}` : "/pain-points";
}

import type { SearchKind } from "@/lib/search/schemas";

/** The /search URL for some words, one kind of result and a page, leaving out defaults. */
export function searchHref({ q, kind, page }: { q?: string; kind?: SearchKind | null; page?: number }) {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (kind) params.set("kind", kind);
  if (page && page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/search?${search}` : "/search";
}

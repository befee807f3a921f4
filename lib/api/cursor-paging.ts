import { apiError, apiPaginationSchema, decodeCursor, encodeCursor, queryFingerprint } from "@/lib/api/pep-api";

/**
 * Cursor paging for the read API's lists. A cursor is an offset tied to the
 * query it was made for (a fingerprint of the parsed filters), so a cursor from
 * one query is refused by another instead of silently skipping items.
 */
export type CursorPage = {
  offset: number;
  limit: number;
  /** The `nextCursor` to answer with, once this page holds `shown` of `total` items. */
  nextCursor: (shown: number, total: number) => string | null;
};

/**
 * Reads `limit` and `cursor` beside a list's own filters. Gives the page, or the
 * 400 to answer with: INVALID_QUERY naming every bad parameter (the filters'
 * `problems` and the paging's together), else INVALID_CURSOR.
 */
export function readCursorPage(params: URLSearchParams, query: unknown, problems: string[]): { page: CursorPage; error?: never } | { page?: never; error: Response } {
  const paging = apiPaginationSchema.safeParse({ limit: params.get("limit") ?? undefined, cursor: params.get("cursor") ?? undefined });
  const allProblems = paging.success ? problems : [...problems, ...paging.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)];
  if (allProblems.length > 0 || !paging.success) return { error: apiError(400, "INVALID_QUERY", "Some query parameters are not valid.", allProblems) };

  const fingerprint = queryFingerprint(query);
  const offset = paging.data.cursor ? decodeCursor(paging.data.cursor, fingerprint) : 0;
  if (offset === null) return { error: apiError(400, "INVALID_CURSOR", "The cursor does not belong to this query; start again without it.") };
  return {
    page: {
      offset,
      limit: paging.data.limit,
      nextCursor: (shown, total) => (shown > 0 && offset + shown < total ? encodeCursor(offset + shown, fingerprint) : null),
    },
  };
}

import { describe, expect, it } from "vitest";
import { readCursorPage } from "@/lib/api/cursor-paging";

const read = (search: string, query: unknown = { q: "mpi" }, problems: string[] = []) => readCursorPage(new URLSearchParams(search), query, problems);
const errorBody = async (response: Response | undefined) => (await response!.json()) as { error: { code: string; problems?: string[] } };

describe("readCursorPage", () => {
  it("starts at the beginning with the default limit", () => {
    const { page } = read("");
    expect(page).toMatchObject({ offset: 0, limit: 50 });
  });

  it("hands out a cursor that the same query follows and no other accepts", async () => {
    const first = read("limit=10").page!;
    const cursor = first.nextCursor(10, 25)!;
    expect(cursor).toEqual(expect.any(String));
    expect(read(`limit=10&cursor=${cursor}`).page).toMatchObject({ offset: 10, limit: 10 });
    const other = read(`limit=10&cursor=${cursor}`, { q: "lustre" });
    expect(other.error?.status).toBe(400);
    expect((await errorBody(other.error)).error.code).toBe("INVALID_CURSOR");
  });

  it("has no next cursor on the last page or an empty one", () => {
    const page = read("limit=10").page!;
    expect(page.nextCursor(5, 5)).toBeNull();
    expect(page.nextCursor(0, 30)).toBeNull();
  });

  it("names the filters' problems and the paging's together", async () => {
    const { error } = read("limit=500&cursor=x", {}, ["status: “nope” is not a status"]);
    expect(error?.status).toBe(400);
    const body = await errorBody(error);
    expect(body.error.code).toBe("INVALID_QUERY");
    expect(body.error.problems).toEqual(["status: “nope” is not a status", expect.stringMatching(/^limit: /)]);
  });

  it("refuses a cursor that is not one", async () => {
    expect((await errorBody(read("cursor=not-a-cursor").error)).error.code).toBe("INVALID_CURSOR");
  });
});

import { describe, expect, it } from "vitest";
import { boardHref } from "@/lib/pain-points/board-url";
import { parseBoardQuery } from "@/lib/pain-points/schemas";

const areas = ["packaging", "startup-import"];
const query = (params: Record<string, string>) => parseBoardQuery(params, areas).query;

describe("the board's order", () => {
  it("is best match for a search and most affected otherwise, unless another is asked for", () => {
    expect(query({ q: "numpy.linalg" }).sort).toBe("relevance");
    expect(query({}).sort).toBe("affected");
    expect(query({ q: "numpy", sort: "newest" }).sort).toBe("newest");
    expect(query({ q: "numpy", sort: "affected" }).sort).toBe("affected");
    // The sort field's default option sends an empty value.
    expect(query({ q: "numpy", sort: "" }).sort).toBe("relevance");
    expect(parseBoardQuery({ sort: "best" }, areas).problems).toEqual(["sort “best” is not one of: relevance, affected, newest, discussed, updated"]);
  });

  it("is left out of the board's links when it is the default for the words, and kept when chosen", () => {
    expect(boardHref(query({ q: "numpy" }))).toBe("/pain-points?q=numpy");
    expect(boardHref(query({ q: "numpy", sort: "affected" }))).toBe("/pain-points?q=numpy&sort=affected");
    expect(boardHref(query({ sort: "newest" }))).toBe("/pain-points?sort=newest");
    // Clearing the words of a best-match search leaves the board's own order.
    expect(boardHref({ ...query({ q: "numpy" }), q: undefined })).toBe("/pain-points");
    expect(boardHref(query({ sort: "relevance" }))).toBe("/pain-points");
  });
});

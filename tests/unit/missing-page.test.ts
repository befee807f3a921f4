import { describe, expect, it } from "vitest";
import { describeMissingPath, readableSegment } from "@/lib/site/missing-page";

const titleOf = (path: string) => {
  const lookup = describeMissingPath(path);
  return lookup.kind === "ready" ? lookup.page.title : lookup;
};

describe("what a 404 page names", () => {
  it("names only the kind of thing when nothing readable is left of the address (control characters)", () => {
    expect(titleOf("/areas/%00")).toBe("Area not found");
    expect(titleOf("/sessions/%01%02")).toBe("Session not found");
    expect(titleOf("/pain-points/%00")).toBe("Pain point not found");
    expect(titleOf("/peps/%7F")).toBe("PEP not found");
  });

  it("names the PEP, area, pain point or session of the address", () => {
    expect(titleOf("/peps/99999")).toBe("PEP 99999 not found");
    expect(titleOf("/peps/0703")).toBe("PEP 703 not found");
    expect(titleOf("/peps/not-a-number")).toBe("PEP “not-a-number” not found");
    expect(titleOf("/areas/nope")).toBe("Area “nope” not found");
    expect(titleOf("/pain-points/999999")).toBe("Pain point #999999 not found");
    expect(titleOf("/pain-points/999999/edit")).toBe("Pain point #999999 not found");
    expect(titleOf("/pain-points/abc")).toBe("Pain point “abc” not found");
    expect(titleOf("/members/cm0nobody")).toBe("Member not found");
    expect(titleOf("/sessions/no-such-session")).toBe("Session “no-such-session” not found");
    expect(titleOf("/sessions/no-such-session/notes/revisions?revision=3")).toBe("Session “no-such-session” not found");
  });

  it("leaves a part of a PEP's page to a look-up of the PEP", () => {
    expect(describeMissingPath("/peps/703/assessment/history")).toEqual({ kind: "pep-part", number: 703, part: { kind: "history" } });
    expect(describeMissingPath("/peps/703/assessment/history/9")).toEqual({ kind: "pep-part", number: 703, part: { kind: "version", version: "9" } });
    expect(describeMissingPath("/peps/703/assessment/edit")).toEqual({ kind: "pep-part", number: 703, part: { kind: "assessment" } });
  });

  it("calls anything else an unknown address, and names it", () => {
    for (const path of ["/", "/no-such-page", "/peps/703/nonsense", "/areas/nope/deeper", "/sessions/x/y/z"]) expect(titleOf(path)).toBe("Page not found");
    const lookup = describeMissingPath("/no-such-page");
    expect(lookup.kind === "ready" && lookup.page.text).toContain("There is nothing at /no-such-page.");
  });

  it("shows what was typed readably, short and without control characters", () => {
    expect(readableSegment("caf%C3%A9")).toBe("café");
    expect(readableSegment("%E0%A4%A")).toBe("%E0%A4%A");
    expect(readableSegment("a%0Ab%00c")).toBe("abc");
    expect(readableSegment("x".repeat(200))).toHaveLength(60);
  });
});

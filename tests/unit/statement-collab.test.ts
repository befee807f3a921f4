import { describe, expect, it } from "vitest";
import { roles, statementTextAccess, type Role } from "@/lib/permissions";
import { mentionedPainPointIds } from "@/lib/statements/collab/references";
import { statementDocumentName, statementIdFromDocumentName } from "@/lib/statements/collab/statement-document";

describe("mentionedPainPointIds", () => {
  it("finds each #pain-N reference once, sorted", () => {
    expect(mentionedPainPointIds("See #pain-12, #pain-7 and (#pain-12). Also #PAIN-3.\n- #pain-40")).toEqual([3, 7, 12, 40]);
  });

  it("ignores what only looks like a reference", () => {
    expect(mentionedPainPointIds("#pain- #pain-x #pain-12a x#pain-5 ##pain-6 #pain-7-b #pain-1234567890 pain-8")).toEqual([]);
  });

  it("finds none in an empty text", () => {
    expect(mentionedPainPointIds("")).toEqual([]);
  });
});

describe("statement document names", () => {
  it("round-trips an id and refuses any other name", () => {
    expect(statementIdFromDocumentName(statementDocumentName(42))).toBe(42);
    for (const name of ["statement/", "statement/1/2", "statement/abc", "statement/1234567890", "session-notes/1", "xstatement/1"]) expect(statementIdFromDocumentName(name)).toBeNull();
  });
});

describe("statementTextAccess", () => {
  const expected: Record<Role, { editable: string; frozen: string }> = {
    anonymous: { editable: "none", frozen: "none" },
    user: { editable: "none", frozen: "none" },
    member: { editable: "write", frozen: "read" },
    chair: { editable: "write", frozen: "read" },
    admin: { editable: "write", frozen: "read" },
  };
  for (const role of roles) {
    it(`gives a ${role} ${expected[role].editable} in draft and review, ${expected[role].frozen} from the vote on`, () => {
      const actor = { userId: role === "anonymous" ? null : "someone", role };
      for (const stage of ["DRAFT", "REVIEW"] as const) expect(statementTextAccess(actor, { stage })).toBe(expected[role].editable);
      for (const stage of ["VOTE", "PUBLISHED", "WITHDRAWN"] as const) expect(statementTextAccess(actor, { stage })).toBe(expected[role].frozen);
    });
  }
});

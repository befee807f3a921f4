import { describe, expect, it } from "vitest";
import { endorsementInputSchema } from "@/lib/statements/endorsements/schemas";
import { addEvidenceSchema, painPointReferenceSchema, pepReferenceSchema, sessionReferenceSchema, statementReferenceSchema } from "@/lib/statements/evidence/schemas";

const accepts = (schema: { safeParse: (value: unknown) => { success: boolean; data?: unknown } }, value: unknown) => schema.safeParse(value).data;

describe("evidence references as members type them", () => {
  it("reads a PEP from its number, 'PEP 703', 'pep-703' or its address", () => {
    for (const value of ["703", " PEP 703 ", "pep-703", "PEP703", "https://peps.python.org/pep-0703/", "https://hub.example.org/peps/703"]) expect(accepts(pepReferenceSchema, value), value).toBe(703);
    for (const value of ["", "PEP", "seven", "703a", "PEP 123456", "https://example.org/pep-703"]) expect(pepReferenceSchema.safeParse(value).success, value).toBe(false);
  });

  it("reads a pain point from its number, #123, #pain-123 or its address", () => {
    for (const value of ["123", "#123", "#pain-123", "pain-123", "https://hub.example.org/pain-points/123", "/pain-points/123?merged=4"]) expect(accepts(painPointReferenceSchema, value), value).toBe(123);
    for (const value of ["", "#pain-", "slow imports", "https://hub.example.org/pain-points/"]) expect(painPointReferenceSchema.safeParse(value).success, value).toBe(false);
  });

  it("reads a session or statement from its slug or address", () => {
    expect(accepts(sessionReferenceSchema, "https://hub.example.org/sessions/sc25-bof/notes")).toBe("sc25-bof");
    expect(accepts(sessionReferenceSchema, "SC25-BOF")).toBe("sc25-bof");
    expect(accepts(statementReferenceSchema, "/statements/free-threading?tab=evidence")).toBe("free-threading");
    for (const value of ["", "two words", "https://hub.example.org/sessions/"]) expect(sessionReferenceSchema.safeParse(value).success, value).toBe(false);
  });

  it("parses again to the same, so the Server Action and the use case may both parse", () => {
    for (const sent of [
      { statementId: "4", kind: "PEP", pepNumber: "PEP 703", note: "" },
      { statementId: "4", kind: "PAIN_POINT", painPoint: "#pain-9", note: "  why " },
      { statementId: "4", kind: "SESSION", session: "https://hub.example.org/sessions/sc25-bof" },
      { statementId: "4", kind: "LINK", url: "https://Example.org/a b", title: " A  title " },
    ]) {
      const once = addEvidenceSchema.parse(sent);
      expect(addEvidenceSchema.parse(once)).toEqual(once);
    }
    const endorsed = endorsementInputSchema.parse({ slug: "s", name: " A ", affiliation: "B", affiliationKind: "company", isPersonalCapacity: "on" });
    expect(endorsementInputSchema.parse(endorsed)).toEqual(endorsed);
  });

  it("normalizes a link and refuses what is not a web address", () => {
    expect(addEvidenceSchema.parse({ statementId: "1", kind: "LINK", url: "https://Example.org/a b", title: "t" })).toMatchObject({ url: "https://example.org/a%20b" });
    for (const url of ["ftp://example.org/", "javascript:alert(1)", "https://localhost/", "https://user:secret@example.org/"])
      expect(addEvidenceSchema.safeParse({ statementId: "1", kind: "LINK", url, title: "t" }).success, url).toBe(false);
  });
});

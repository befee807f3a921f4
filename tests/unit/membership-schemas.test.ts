import { describe, expect, it } from "vitest";
import { countryCodes, githubHandlePattern, membershipRequestInputSchema, normalizeOrcid, orcidCheckCharacter } from "@/lib/membership/schemas";

describe("ORCID iDs", () => {
  it("computes the ISO 7064 mod 11-2 check character ORCID documents", () => {
    // ORCID's own examples: 0000-0002-1825-0097 and 0000-0001-5109-3700, and one whose check character is X.
    expect(orcidCheckCharacter("000000021825009")).toBe("7");
    expect(orcidCheckCharacter("000000015109370")).toBe("0");
    expect(orcidCheckCharacter("000000021694233")).toBe("X");
  });

  it("accepts an iD as people paste it and stores it as 0000-0000-0000-000X", () => {
    expect(normalizeOrcid("0000-0002-1825-0097")).toBe("0000-0002-1825-0097");
    expect(normalizeOrcid("https://orcid.org/0000-0002-1825-0097")).toBe("0000-0002-1825-0097");
    expect(normalizeOrcid(" 0000 0002 1825 0097 ")).toBe("0000-0002-1825-0097");
    expect(normalizeOrcid("000000021694233x")).toBe("0000-0002-1694-233X");
  });

  it("refuses a wrong check digit, a wrong length and letters", () => {
    expect(normalizeOrcid("0000-0002-1825-0098")).toBeNull();
    expect(normalizeOrcid("0000-0002-1694-2330")).toBeNull();
    expect(normalizeOrcid("0000-0002-1825-009")).toBeNull();
    expect(normalizeOrcid("0000-0002-1825-00977")).toBeNull();
    expect(normalizeOrcid("000A-0002-1825-0097")).toBeNull();
    expect(normalizeOrcid("")).toBeNull();
  });
});

describe("GitHub handles", () => {
  it.each(["a", "octocat", "Octo-Cat", "a1-b2-c3", "x".repeat(39), "0day"])("accepts %s", (handle) => {
    expect(githubHandlePattern.test(handle)).toBe(true);
  });

  it.each(["", "-octocat", "octocat-", "octo--cat", "octo_cat", "octo.cat", "x".repeat(40), "oct cat", "ö"])("refuses %j", (handle) => {
    expect(githubHandlePattern.test(handle)).toBe(false);
  });
});

describe("a request to join as the form sends it", () => {
  const valid = {
    affiliation: "  Example   Supercomputing Centre ",
    affiliationKind: "hpc-centre",
    roleAtAffiliation: "Research software engineer",
    country: "de",
    areas: "packaging",
    statementOfInterest: "I maintain the Python stack on our cluster\r\nand want to help.",
    orcid: "",
    githubHandle: "@octocat",
    conflictsOfInterest: "",
  };

  it("normalizes what was typed: spaces, the country's case, CRLF, an @ before the handle, empty optional fields, an unticked consent", () => {
    expect(membershipRequestInputSchema.parse(valid)).toEqual({
      affiliation: "Example Supercomputing Centre",
      affiliationKind: "hpc-centre",
      roleAtAffiliation: "Research software engineer",
      country: "DE",
      areas: ["packaging"],
      statementOfInterest: "I maintain the Python stack on our cluster\nand want to help.",
      orcid: null,
      githubHandle: "octocat",
      conflictsOfInterest: null,
      isPublicListingConsented: false,
    });
  });

  it("refuses each bad field at that field", () => {
    const result = membershipRequestInputSchema.safeParse({ ...valid, affiliation: " ", affiliationKind: "club", country: "XX", areas: [], statementOfInterest: "short", orcid: "0000-0002-1825-0098", githubHandle: "-bad-" });
    expect(result.success).toBe(false);
    const fields = Object.keys(result.error!.flatten().fieldErrors).sort();
    expect(fields).toEqual(["affiliation", "affiliationKind", "areas", "country", "githubHandle", "orcid", "statementOfInterest"]);
  });

  it("knows the 249 assigned country codes and nothing else", () => {
    expect(countryCodes.size).toBe(249);
    expect(countryCodes.has("GB")).toBe(true);
    expect(countryCodes.has("UK")).toBe(false);
    expect(countryCodes.has("EU")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { hasDifferingSenses } from "@/lib/glossary/glossary-content";
import { termContentSchema } from "@/lib/glossary/schemas";
import { startingGlossary } from "@/lib/glossary/starting-glossary";
import { areaDefinitions } from "@/lib/seed/area-definitions";

describe("the starting glossary", () => {
  const slugs = startingGlossary.map((term) => term.slug);

  it("has at least 40 terms, each under a unique slug and headword", () => {
    expect(startingGlossary.length).toBeGreaterThanOrEqual(40);
    expect(new Set(slugs).size).toBe(slugs.length);
    const words = startingGlossary.flatMap((term) => [term.term, ...term.aliases].map((word) => word.toLowerCase()));
    expect(words.filter((word, index) => words.indexOf(word) !== index)).toEqual([]);
  });

  it("names the words the BoF's plan lists", () => {
    for (const slug of ["module", "package", "environment", "thread", "process", "node", "job", "wheel", "abi", "build", "install", "distribution", "extension", "free-threading", "gil", "sub-interpreter", "jit", "array-api", "dlpack", "limited-api", "manylinux", "mpi-rank", "import-time"]) {
      expect(slugs, slug).toContain(slug);
    }
  });

  it.each(startingGlossary.map((term) => [term.slug, term] as const))("%s passes the proposal schema, reads differently per community, and links only to terms and areas that exist", (_slug, term) => {
    const { slug: _ignored, ...content } = term;
    const parsed = termContentSchema.safeParse(content);
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual([]);
    expect(hasDifferingSenses(term.senses)).toBe(true);
    expect(term.related.filter((related) => !slugs.includes(related) || related === term.slug)).toEqual([]);
    expect(term.areas.filter((area) => !areaDefinitions.some((known) => known.slug === area))).toEqual([]);
    for (const sense of term.senses) for (const link of sense.links) expect(link.url).toMatch(/^https:\/\//);
  });
});

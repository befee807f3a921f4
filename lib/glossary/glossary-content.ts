/**
 * The shape of a glossary term's content, as written in the starting
 * glossary, proposed by people, and stored as a revision. Client-safe: no
 * database, no server modules.
 */

/** Whose reading a sense is: HPC people's, Python people's, or shared by both. */
export const communityKinds = ["hpc", "python", "both"] as const;
export type CommunityKind = (typeof communityKinds)[number];

export const communityKindLabels: Record<CommunityKind, string> = { hpc: "HPC", python: "Python", both: "Both communities" };

export interface GlossaryLink {
  /** What the page is, e.g. "Python Packaging User Guide: Glossary". */
  title: string;
  /** https only. */
  url: string;
}

export interface GlossarySenseContent {
  community: CommunityKind;
  /** A named sub-community within it, e.g. "packaging", "MPI", "Slurm", "Lmod", "CPython core". */
  subCommunity?: string;
  /** One line at the top of the sense, the disambiguation note: what this reader means by the word. */
  note: string;
  /** Markdown, short: what it is, precisely. */
  definition: string;
  /** One sentence using the word in this sense, as someone in this community would say it. */
  example: string;
  /** Authoritative documentation. */
  links: GlossaryLink[];
}

export interface GlossaryTermContent {
  /** The headword as it is usually written, e.g. "module", "free-threading", "GIL". */
  term: string;
  /** Other ways of writing it that count as the same word in text (plurals of the last word are matched without listing them). */
  aliases: string[];
  /** Slugs of the areas of the shared taxonomy it belongs to. */
  areas: string[];
  /** Slugs of other terms: often confused with it, or needed to understand it. */
  related: string[];
  senses: GlossarySenseContent[];
}

/** Two spellings are the same word when they differ only in case ("Module", "module"): one entry, one alias. */
export const sameWord = (value: string) => value.toLocaleLowerCase("en");

/** The community label a reader sees: "HPC", "Python · packaging", "Both communities". */
export function communityLabel(sense: Pick<GlossarySenseContent, "community" | "subCommunity">): string {
  const kind = communityKindLabels[sense.community];
  return sense.subCommunity ? `${sense.community === "both" ? "Both" : kind} · ${sense.subCommunity}` : kind;
}

/** A term is marked in text when its senses are read differently by the two communities. */
export function hasDifferingSenses(senses: Pick<GlossarySenseContent, "community">[]): boolean {
  const kinds = new Set(senses.map((sense) => sense.community));
  return kinds.size > 1 || (senses.length > 1 && !kinds.has("both"));
}

export type LabelledSense = GlossarySenseContent & { label: string; anchor: string };

/** Senses with the label readers see and a fragment id of their own ("#sense-python-packaging"), unique within the term. */
export function labelledSenses(senses: GlossarySenseContent[]): LabelledSense[] {
  const seen = new Map<string, number>();
  return senses.map((sense) => {
    const base = `sense-${[sense.community, sense.subCommunity].filter(Boolean).join("-").toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { ...sense, label: communityLabel(sense), anchor: count > 1 ? `${base}-${count}` : base };
  });
}
